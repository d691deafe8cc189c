#include "stats.h"

#include <cmath>

namespace fd {

double pearson(const std::vector<double> &x, const std::vector<double> &y, int minN, int *nOut)
{
    const size_t n = std::min(x.size(), y.size());
    double sx = 0, sy = 0;
    int k = 0;
    for (size_t i = 0; i < n; ++i)
        if (!std::isnan(x[i]) && !std::isnan(y[i])) {
            sx += x[i];
            sy += y[i];
            ++k;
        }
    if (nOut)
        *nOut = k;
    if (k < minN || k < 2)
        return kNaN;
    const double mx = sx / k, my = sy / k;
    double cxy = 0, cxx = 0, cyy = 0;
    for (size_t i = 0; i < n; ++i)
        if (!std::isnan(x[i]) && !std::isnan(y[i])) {
            const double dx = x[i] - mx, dy = y[i] - my;
            cxy += dx * dy;
            cxx += dx * dx;
            cyy += dy * dy;
        }
    if (cxx <= 0 || cyy <= 0)
        return kNaN;
    return cxy / std::sqrt(cxx * cyy);
}

std::vector<double> logReturns(const std::vector<double> &p)
{
    std::vector<double> r;
    if (p.size() < 2)
        return r;
    r.reserve(p.size() - 1);
    for (size_t i = 1; i < p.size(); ++i)
        r.push_back(p[i] > 0 && p[i - 1] > 0 ? std::log(p[i] / p[i - 1]) : kNaN);
    return r;
}

double percentileRank(const std::vector<double> &samples, double x)
{
    int le = 0, n = 0;
    for (double s : samples) {
        if (std::isnan(s))
            continue;
        ++n;
        if (s <= x)
            ++le;
    }
    return n ? 100.0 * le / n : kNaN;
}

Arrow arrowFor(double x, const std::vector<double> &history, int minSamples, double s1, double s2, double s3)
{
    if (std::isnan(x))
        return Arrow::Flat;
    int n = 0;
    double sum = 0, sum2 = 0;
    for (double h : history)
        if (!std::isnan(h)) {
            ++n;
            sum += h;
            sum2 += h * h;
        }
    double z;
    double t1, t2, t3;
    if (n >= minSamples) {
        const double mean = sum / n;
        const double sd = std::sqrt(std::max(0.0, sum2 / n - mean * mean));
        if (sd <= 0)
            return Arrow::Flat;
        z = (x - mean) / sd;
        t1 = 0.5, t2 = 1, t3 = 2;
    } else {
        z = x;
        t1 = s1, t2 = s2, t3 = s3;
    }
    const double a = std::abs(z);
    const int mag = a < t1 ? 0 : (a < t2 ? 1 : (a <= t3 ? 2 : 3));
    return static_cast<Arrow>(z < 0 ? -mag : mag);
}

double slope(const std::vector<double> &y)
{
    double sx = 0, sy = 0, sxx = 0, sxy = 0;
    int n = 0;
    for (size_t i = 0; i < y.size(); ++i) {
        if (std::isnan(y[i]))
            continue;
        const double x = static_cast<double>(i);
        sx += x;
        sy += y[i];
        sxx += x * x;
        sxy += x * y[i];
        ++n;
    }
    if (n < 2)
        return kNaN;
    const double den = n * sxx - sx * sx;
    return den != 0 ? (n * sxy - sx * sy) / den : kNaN;
}

double niceStep(double target)
{
    const double k = std::floor(std::log10(target));
    double best = 0, bestDist = 1e300;
    for (double e10 = k - 1; e10 <= k + 1; ++e10)
        for (double mant : {1.0, 2.0, 5.0}) {
            const double c = mant * std::pow(10.0, e10);
            const double dist = std::abs(std::log(c / target));
            if (dist < bestDist) {
                bestDist = dist;
                best = c;
            }
        }
    return best;
}

} // namespace fd
