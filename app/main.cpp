#include <QApplication>
#include <QLabel>
#include <QMainWindow>

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QMainWindow w;
    w.setWindowTitle(QStringLiteral("FlowDesk"));
    w.setCentralWidget(new QLabel(QStringLiteral("FlowDesk")));
    w.resize(1280, 800);
    w.show();
    return app.exec();
}
