<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>Alerts</name>
    <message>
        <source>Whale order ≥ X</source>
        <translation>Whale-Order ≥ X</translation>
    </message>
    <message>
        <source>Mega whale order</source>
        <translation>Mega-Whale-Order</translation>
    </message>
    <message>
        <source>Cascade risk ≥ Y</source>
        <translation>Kaskadenrisiko ≥ Y</translation>
    </message>
    <message>
        <source>Liquidation cluster DANGER</source>
        <translation>Liquidationscluster GEFAHR</translation>
    </message>
    <message>
        <source>Funding EXTREME or ARB</source>
        <translation>Funding EXTREM oder ARB</translation>
    </message>
    <message>
        <source>Basis STEEP or arbitrage</source>
        <translation>Basis STEIL oder Arbitrage</translation>
    </message>
    <message>
        <source>Regime change</source>
        <translation>Regimewechsel</translation>
    </message>
    <message>
        <source>Liquidity THIN</source>
        <translation>Liquidität DÜNN</translation>
    </message>
    <message>
        <source>Any stream stale</source>
        <translation>Ein Datenstrom veraltet</translation>
    </message>
    <message>
        <source>Relay disconnected &gt; N s</source>
        <translation>Relay getrennt &gt; N s</translation>
    </message>
    <message>
        <source>a string</source>
        <translation>ein Text</translation>
    </message>
    <message>
        <source>true or false</source>
        <translation>true oder false</translation>
    </message>
    <message>
        <source>a number</source>
        <translation>eine Zahl</translation>
    </message>
    <message numerus="yes">
        <source>%n whale orders</source>
        <translation>
            <numerusform>%n Whale-Order</numerusform>
            <numerusform>%n Whale-Orders</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n mega whale orders</source>
        <translation>
            <numerusform>%n Mega-Whale-Order</numerusform>
            <numerusform>%n Mega-Whale-Orders</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n cascade risk alerts</source>
        <translation>
            <numerusform>%n Kaskadenrisiko-Alarm</numerusform>
            <numerusform>%n Kaskadenrisiko-Alarme</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n liquidation DANGER alerts</source>
        <translation>
            <numerusform>%n Liquidations-GEFAHR-Alarm</numerusform>
            <numerusform>%n Liquidations-GEFAHR-Alarme</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n funding alerts</source>
        <translation>
            <numerusform>%n Funding-Alarm</numerusform>
            <numerusform>%n Funding-Alarme</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n basis alerts</source>
        <translation>
            <numerusform>%n Basis-Alarm</numerusform>
            <numerusform>%n Basis-Alarme</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n regime changes</source>
        <translation>
            <numerusform>%n Regimewechsel</numerusform>
            <numerusform>%n Regimewechsel</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n thin-liquidity alerts</source>
        <translation>
            <numerusform>%n Alarm wegen dünner Liquidität</numerusform>
            <numerusform>%n Alarme wegen dünner Liquidität</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n stale-stream alerts</source>
        <translation>
            <numerusform>%n Alarm wegen veraltetem Datenstrom</numerusform>
            <numerusform>%n Alarme wegen veralteter Datenströme</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n relay disconnections</source>
        <translation>
            <numerusform>%n Relay-Trennung</numerusform>
            <numerusform>%n Relay-Trennungen</numerusform>
        </translation>
    </message>
    <message>
        <source>buy</source>
        <translation>Kauf</translation>
    </message>
    <message>
        <source>sell</source>
        <translation>Verkauf</translation>
    </message>
    <message>
        <source>%1 on %2 %3 at %4</source>
        <translation>%1 auf %2 %3 zu %4</translation>
    </message>
    <message>
        <source>Cascade risk %1 (%2) ≥ %3</source>
        <translation>Kaskadenrisiko %1 (%2) ≥ %3</translation>
    </message>
    <message>
        <source>; next cascade level %1 (%2 from price)</source>
        <translation>; nächste Kaskadenstufe %1 (%2 vom Preis)</translation>
    </message>
    <message>
        <source>Funding EXTREME: %1</source>
        <translation>Funding EXTREM: %1</translation>
    </message>
    <message>
        <source>Funding ARB: cross-venue differential %1</source>
        <translation>Funding ARB: Differenz zwischen Börsen %1</translation>
    </message>
    <message>
        <source>Basis STEEP: %1 (%2)</source>
        <translation>Basis STEIL: %1 (%2)</translation>
    </message>
    <message>
        <source>Basis arbitrage: %1 (%2)</source>
        <translation>Basis-Arbitrage: %1 (%2)</translation>
    </message>
    <message>
        <source>Regime %1 → %2 (%3, confidence %4)</source>
        <translation>Regime %1 → %2 (%3, Konfidenz %4)</translation>
    </message>
    <message>
        <source>Liquidity THIN: score %1 of 100</source>
        <translation>Liquidität DÜNN: Wert %1 von 100</translation>
    </message>
    <message>
        <source>Stream stale: %1 %2 %3 %4, no message for %5 s</source>
        <translation>Datenstrom veraltet: %1 %2 %3 %4, seit %5 s keine Nachricht</translation>
    </message>
    <message>
        <source>Relay disconnected for %1 s (%2)</source>
        <translation>Relay seit %1 s getrennt (%2)</translation>
    </message>
    <message>
        <source>Relay disconnected for %1 s (%2: %3)</source>
        <translation>Relay seit %1 s getrennt (%2: %3)</translation>
    </message>
    <message>
        <source>%1 in %2 s</source>
        <translation>%1 in %2 s</translation>
    </message>
    <message>
        <source>, largest %1</source>
        <translation>, größte %1</translation>
    </message>
    <message>
        <source>; latest: %1</source>
        <translation>; zuletzt: %1</translation>
    </message>
    <message>
        <source>info</source>
        <translation>Info</translation>
    </message>
    <message>
        <source>warning</source>
        <translation>Warnung</translation>
    </message>
    <message>
        <source>critical</source>
        <translation>kritisch</translation>
    </message>
    <message>
        <source>Minimum order (USD)</source>
        <translation>Mindestorder (USD)</translation>
    </message>
    <message>
        <source>Minimum score (0–100)</source>
        <translation>Mindestwert (0–100)</translation>
    </message>
    <message>
        <source>Disconnected for more than (s)</source>
        <translation>Getrennt länger als (s)</translation>
    </message>
    <message>
        <source>Whale ≥ %1</source>
        <translation>Whale ≥ %1</translation>
    </message>
    <message>
        <source>Mega whale</source>
        <translation>Mega-Whale</translation>
    </message>
    <message>
        <source>Cascade risk ≥ %1</source>
        <translation>Kaskadenrisiko ≥ %1</translation>
    </message>
    <message>
        <source>Funding EXTREME/ARB</source>
        <translation>Funding EXTREM/ARB</translation>
    </message>
    <message>
        <source>Basis STEEP/arbitrage</source>
        <translation>Basis STEIL/Arbitrage</translation>
    </message>
    <message>
        <source>Stream stale</source>
        <translation>Datenstrom veraltet</translation>
    </message>
    <message>
        <source>Relay disconnected &gt; %1 s</source>
        <translation>Relay getrennt &gt; %1 s</translation>
    </message>
    <message>
        <source>the rule has no id (or one longer than 64 characters)</source>
        <translation>die Regel hat keine ID (oder eine mit mehr als 64 Zeichen)</translation>
    </message>
    <message>
        <source>the name is longer than 80 characters</source>
        <translation>der Name ist länger als 80 Zeichen</translation>
    </message>
    <message>
        <source>symbol &quot;%1&quot; is not a base asset (1–15 capital letters or digits, e.g. BTC), or leave it empty for any symbol</source>
        <translation>Symbol „%1“ ist kein Basis-Asset (1–15 Großbuchstaben oder Ziffern, z. B. BTC); leer lassen für jedes Symbol</translation>
    </message>
    <message>
        <source>the cool-down must be 0–%1 s, not %2 s</source>
        <translation>die Sperrzeit muss 0–%1 s betragen, nicht %2 s</translation>
    </message>
    <message>
        <source>the threshold is not a number</source>
        <translation>der Schwellenwert ist keine Zahl</translation>
    </message>
    <message>
        <source>the minimum order must be more than $0 and at most $100B, not %1</source>
        <translation>die Mindestorder muss über $0 und höchstens $100B liegen, nicht %1</translation>
    </message>
    <message>
        <source>the cascade risk score runs 0–100: the minimum must be above 0 and at most 100, not %1</source>
        <translation>der Kaskadenrisiko-Wert reicht von 0–100: das Minimum muss über 0 und höchstens 100 sein, nicht %1</translation>
    </message>
    <message>
        <source>the disconnection time must be 1–%1 s, not %2</source>
        <translation>die Trennungsdauer muss 1–%1 s betragen, nicht %2</translation>
    </message>
    <message>
        <source>it has no kind</source>
        <translation>sie hat keine Art</translation>
    </message>
    <message>
        <source>unknown kind &quot;%1&quot;</source>
        <translation>unbekannte Art „%1“</translation>
    </message>
    <message>
        <source>&quot;%1&quot; must be %2</source>
        <translation>„%1“ muss %2 sein</translation>
    </message>
    <message>
        <source>the cool-down must be a whole number of seconds 0–%1, not %2</source>
        <translation>die Sperrzeit muss eine ganze Zahl an Sekunden 0–%1 sein, nicht %2</translation>
    </message>
    <message>
        <source>the alert rules are unreadable (%1); the default rules are used</source>
        <translation>die Alarmregeln sind nicht lesbar (%1); die Standardregeln werden verwendet</translation>
    </message>
    <message>
        <source>not a JSON object</source>
        <translation>kein JSON-Objekt</translation>
    </message>
    <message>
        <source>no valid version</source>
        <translation>keine gültige Version</translation>
    </message>
    <message>
        <source>written by a newer FlowDesk: rules format %1, this version reads %2</source>
        <translation>von einem neueren FlowDesk geschrieben: Regelformat %1, diese Version liest %2</translation>
    </message>
    <message>
        <source>no rule list</source>
        <translation>keine Regelliste</translation>
    </message>
    <message>
        <source>alert rule %1%2 was skipped: %3</source>
        <translation>Alarmregel %1%2 wurde übersprungen: %3</translation>
    </message>
    <message>
        <source>DANGER ZONE %1–%2: %3 liquidated in 15 m (threshold %4)</source>
        <translation>GEFAHRENZONE %1–%2: %3 liquidiert in 15 min (Schwelle %4)</translation>
    </message>
    <message>
        <source>Liquidation DANGER</source>
        <translation>Liquidation GEFAHR</translation>
    </message>
</context>
<context>
    <name>Metrics</name>
    <message>
        <source>not_json</source>
        <translation>kein JSON</translation>
    </message>
    <message>
        <source>not_object</source>
        <translation>kein Objekt</translation>
    </message>
    <message>
        <source>missing_field</source>
        <translation>Feld fehlt</translation>
    </message>
    <message>
        <source>wrong_type</source>
        <translation>falscher Typ</translation>
    </message>
    <message>
        <source>out_of_range</source>
        <translation>außerhalb des Bereichs</translation>
    </message>
    <message>
        <source>too_large</source>
        <translation>zu groß</translation>
    </message>
    <message>
        <source>HIGH</source>
        <translation>HOCH</translation>
    </message>
    <message>
        <source>MEDIUM</source>
        <translation>MITTEL</translation>
    </message>
    <message>
        <source>LOW</source>
        <translation>NIEDRIG</translation>
    </message>
    <message>
        <source>BUYERS DOMINANT</source>
        <translation>KÄUFER DOMINIEREN</translation>
    </message>
    <message>
        <source>STRONG BID</source>
        <translation>STARKER BID</translation>
    </message>
    <message>
        <source>STRONG ASK</source>
        <translation>STARKER ASK</translation>
    </message>
    <message>
        <source>ASK HEAVY</source>
        <translation>ASK-LASTIG</translation>
    </message>
    <message>
        <source>BALANCED</source>
        <translation>AUSGEGLICHEN</translation>
    </message>
    <message>
        <source>needs two venues, %1 seen</source>
        <translation>braucht zwei Börsen, %1 gesehen</translation>
    </message>
    <message>
        <source>warming up: fewer than %1 common samples</source>
        <translation>Aufwärmphase: weniger als %1 gemeinsame Werte</translation>
    </message>
    <message>
        <source>no perp quote or trade yet</source>
        <translation>noch kein Perp-Kurs oder -Trade</translation>
    </message>
    <message>
        <source>no spot quote or trade yet</source>
        <translation>noch kein Spot-Kurs oder -Trade</translation>
    </message>
    <message>
        <source>no trades in the window</source>
        <translation>keine Trades im Zeitfenster</translation>
    </message>
    <message>
        <source>no taker orders in the window</source>
        <translation>keine Taker-Orders im Zeitfenster</translation>
    </message>
    <message>
        <source>no sell taker orders in the window</source>
        <translation>keine Taker-Verkaufsorders im Zeitfenster</translation>
    </message>
    <message>
        <source>needs buy and sell orders</source>
        <translation>braucht Kauf- und Verkaufsorders</translation>
    </message>
    <message>
        <source>Increasing</source>
        <translation>Steigend</translation>
    </message>
    <message>
        <source>Decreasing</source>
        <translation>Fallend</translation>
    </message>
    <message>
        <source>Stable</source>
        <translation>Stabil</translation>
    </message>
    <message>
        <source>no perp taker orders in 1 m or 15 m</source>
        <translation>keine Perp-Taker-Orders in 1 min oder 15 min</translation>
    </message>
    <message>
        <source>ACCEL</source>
        <translation>BESCHLEUNIGT</translation>
    </message>
    <message>
        <source>FADING</source>
        <translation>NACHLASSEND</translation>
    </message>
    <message>
        <source>STEADY</source>
        <translation>STETIG</translation>
    </message>
    <message>
        <source>no perp trades in 5 m</source>
        <translation>keine Perp-Trades in 5 min</translation>
    </message>
    <message>
        <source>mega</source>
        <translation>Mega</translation>
    </message>
    <message>
        <source>whale</source>
        <translation>Whale</translation>
    </message>
    <message>
        <source>large</source>
        <translation>groß</translation>
    </message>
    <message>
        <source>outlier</source>
        <translation>Ausreißer</translation>
    </message>
    <message>
        <source>no liquidations in the window</source>
        <translation>keine Liquidationen im Zeitfenster</translation>
    </message>
    <message>
        <source>no notional and no perp reference price</source>
        <translation>kein Nominalwert und kein Perp-Referenzpreis</translation>
    </message>
    <message>
        <source>relay sends no open interest for this symbol</source>
        <translation>das Relay sendet kein Open Interest für dieses Symbol</translation>
    </message>
    <message>
        <source>no USD value</source>
        <translation>kein USD-Wert</translation>
    </message>
    <message>
        <source>fewer than two OI samples in the window</source>
        <translation>weniger als zwei OI-Werte im Zeitfenster</translation>
    </message>
    <message>
        <source>no perp volume in 5 m</source>
        <translation>kein Perp-Volumen in 5 min</translation>
    </message>
    <message>
        <source>relay sent no CVD for this market</source>
        <translation>das Relay hat kein CVD für diesen Markt gesendet</translation>
    </message>
    <message>
        <source>warming up: no perp price %1 s ago</source>
        <translation>Aufwärmphase: kein Perp-Preis vor %1 s</translation>
    </message>
    <message>
        <source>no perp trades in the window</source>
        <translation>keine Perp-Trades im Zeitfenster</translation>
    </message>
    <message>
        <source>BULLISH</source>
        <translation>BULLISH</translation>
    </message>
    <message>
        <source>BEARISH</source>
        <translation>BEARISH</translation>
    </message>
    <message>
        <source>ALIGNED</source>
        <translation>GLEICHLAUFEND</translation>
    </message>
    <message>
        <source>NEUTRAL</source>
        <translation>NEUTRAL</translation>
    </message>
    <message>
        <source>one side of the book is empty</source>
        <translation>eine Seite des Orderbuchs ist leer</translation>
    </message>
    <message>
        <source>no two-sided quote in 10 s</source>
        <translation>kein beidseitiger Kurs in 10 s</translation>
    </message>
    <message>
        <source>no trades in 10 s</source>
        <translation>keine Trades in 10 s</translation>
    </message>
    <message>
        <source>BUY</source>
        <translation>KAUF</translation>
    </message>
    <message>
        <source>SELL</source>
        <translation>VERKAUF</translation>
    </message>
    <message>
        <source>book covers only ±%1 %</source>
        <translation>das Orderbuch reicht nur ±%1 %</translation>
    </message>
    <message>
        <source>no asks in the band</source>
        <translation>keine Asks im Band</translation>
    </message>
    <message>
        <source>L2 book has an empty side: top-of-book ratio</source>
        <translation>L2-Orderbuch mit leerer Seite: Top-of-Book-Verhältnis</translation>
    </message>
    <message>
        <source>no L2 snapshot yet: top-of-book ratio</source>
        <translation>noch kein L2-Snapshot: Top-of-Book-Verhältnis</translation>
    </message>
    <message>
        <source>no quote or trade yet</source>
        <translation>noch kein Kurs oder Trade</translation>
    </message>
    <message>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message>
        <source>median_fresh_l1_mid</source>
        <translation>Median frischer L1-Mitten</translation>
    </message>
    <message>
        <source>last_trade</source>
        <translation>letzter Trade</translation>
    </message>
    <message>
        <source>CONTANGO</source>
        <translation>CONTANGO</translation>
    </message>
    <message>
        <source>BACKWARDATION</source>
        <translation>BACKWARDATION</translation>
    </message>
    <message>
        <source>FLAT</source>
        <translation>FLACH</translation>
    </message>
    <message>
        <source>needs both a perp and a spot price</source>
        <translation>braucht einen Perp- und einen Spot-Preis</translation>
    </message>
    <message>
        <source>warming up %1/%2 samples</source>
        <translation>Aufwärmphase %1/%2 Werte</translation>
    </message>
    <message>
        <source>needs two perp venues with fresh quotes</source>
        <translation>braucht zwei Perp-Börsen mit frischen Kursen</translation>
    </message>
    <message>
        <source>needs volume on two venues</source>
        <translation>braucht Volumen auf zwei Börsen</translation>
    </message>
    <message>
        <source>LONGS PAY</source>
        <translation>LONGS ZAHLEN</translation>
    </message>
    <message>
        <source>SHORTS PAY</source>
        <translation>SHORTS ZAHLEN</translation>
    </message>
    <message>
        <source>EXTREME</source>
        <translation>EXTREM</translation>
    </message>
    <message>
        <source>NORMAL</source>
        <translation>NORMAL</translation>
    </message>
    <message>
        <source>warming up: less than a minute of funding history</source>
        <translation>Aufwärmphase: weniger als eine Minute Funding-Historie</translation>
    </message>
    <message>
        <source>no open interest to weight by</source>
        <translation>kein Open Interest zum Gewichten</translation>
    </message>
    <message>
        <source>needs funding from two venues</source>
        <translation>braucht Funding von zwei Börsen</translation>
    </message>
    <message>
        <source>needs perp and spot mids</source>
        <translation>braucht Perp- und Spot-Mitten</translation>
    </message>
    <message>
        <source>no perp reference price</source>
        <translation>kein Perp-Referenzpreis</translation>
    </message>
    <message>
        <source>no estimated level within %1 % (needs OI growth)</source>
        <translation>keine geschätzte Stufe innerhalb von %1 % (braucht OI-Wachstum)</translation>
    </message>
    <message>
        <source>relay sends no options data</source>
        <translation>das Relay sendet keine Optionsdaten</translation>
    </message>
    <message>
        <source>warming up %1/%2 one-minute bars</source>
        <translation>Aufwärmphase %1/%2 Minutenbalken</translation>
    </message>
    <message>
        <source>no price movement in 60 m</source>
        <translation>keine Preisbewegung in 60 min</translation>
    </message>
    <message>
        <source>TRENDING</source>
        <translation>TREND</translation>
    </message>
    <message>
        <source>VOLATILE</source>
        <translation>VOLATIL</translation>
    </message>
    <message>
        <source>RANGING</source>
        <translation>SEITWÄRTS</translation>
    </message>
    <message>
        <source>INCREASING</source>
        <translation>STEIGEND</translation>
    </message>
    <message>
        <source>DECREASING</source>
        <translation>FALLEND</translation>
    </message>
    <message>
        <source>STABLE</source>
        <translation>STABIL</translation>
    </message>
    <message>
        <source>no fresh two-sided quote</source>
        <translation>kein frischer beidseitiger Kurs</translation>
    </message>
    <message>
        <source>THIN</source>
        <translation>DÜNN</translation>
    </message>
    <message>
        <source>THICK</source>
        <translation>TIEF</translation>
    </message>
    <message>
        <source>warming up %1/%2 bars</source>
        <translation>Aufwärmphase %1/%2 Balken</translation>
    </message>
    <message>
        <source>warming up: fewer than %1 common 1 s returns</source>
        <translation>Aufwärmphase: weniger als %1 gemeinsame 1-s-Renditen</translation>
    </message>
    <message>
        <source>no lead</source>
        <translation>kein Vorlauf</translation>
    </message>
    <message>
        <source>orderflow imbalance %1</source>
        <translation>Orderflow-Ungleichgewicht %1</translation>
    </message>
    <message>
        <source>liquidation cluster DANGER ZONE %1–%2 %3</source>
        <translation>Liquidationscluster GEFAHRENZONE %1–%2 %3</translation>
    </message>
    <message>
        <source>volume-profile node %1–%2: %3 in 15 m</source>
        <translation>Volumenprofil-Knoten %1–%2: %3 in 15 min</translation>
    </message>
    <message>
        <source>basis STEEP</source>
        <translation>Basis STEIL</translation>
    </message>
    <message>
        <source>basis ARB</source>
        <translation>Basis ARB</translation>
    </message>
    <message>
        <source>funding EXTREME</source>
        <translation>Funding EXTREM</translation>
    </message>
    <message>
        <source>funding ARB</source>
        <translation>Funding ARB</translation>
    </message>
    <message>
        <source>cascade risk HIGH</source>
        <translation>Kaskadenrisiko HOCH</translation>
    </message>
    <message>
        <source>regime %1</source>
        <translation>Regime %1</translation>
    </message>
    <message>
        <source>liquidity THIN</source>
        <translation>Liquidität DÜNN</translation>
    </message>
    <message>
        <source>net-flow leader %1</source>
        <translation>Netto-Flow-Führer %1</translation>
    </message>
    <message>
        <source>stream stale: %1 spot L1 quote %2 s old</source>
        <translation>Datenstrom veraltet: %1 Spot-L1-Kurs %2 s alt</translation>
    </message>
    <message>
        <source>stream stale: %1 perp L1 quote %2 s old</source>
        <translation>Datenstrom veraltet: %1 Perp-L1-Kurs %2 s alt</translation>
    </message>
    <message>
        <source>Offline</source>
        <translation>Offline</translation>
    </message>
    <message>
        <source>Connecting</source>
        <translation>Verbinde</translation>
    </message>
    <message>
        <source>Live</source>
        <translation>Live</translation>
    </message>
    <message>
        <source>Stale</source>
        <translation>Veraltet</translation>
    </message>
    <message>
        <source>Reconnecting</source>
        <translation>Neu verbinden</translation>
    </message>
    <message>
        <source>Unauthorised</source>
        <translation>Nicht autorisiert</translation>
    </message>
    <message>
        <source>RANGE-BOUND</source>
        <translation>IN DER RANGE</translation>
    </message>
</context>
<context>
    <name>Panels</name>
    <message>
        <source>no open_interest message from this venue</source>
        <translation>keine open_interest-Nachricht von dieser Börse</translation>
    </message>
    <message>
        <source>n/a</source>
        <translation>k. A.</translation>
    </message>
    <message>
        <source>waiting for data</source>
        <translation>warte auf Daten</translation>
    </message>
    <message>
        <source>How this is computed</source>
        <translation>So wird das berechnet</translation>
    </message>
    <message>
        <source>Formula</source>
        <translation>Formel</translation>
    </message>
    <message>
        <source>Inputs</source>
        <translation>Eingaben</translation>
    </message>
    <message>
        <source>Window</source>
        <translation>Zeitfenster</translation>
    </message>
    <message>
        <source>Thresholds in force</source>
        <translation>Geltende Schwellenwerte</translation>
    </message>
    <message>
        <source>minutes ago</source>
        <translation>vor Minuten</translation>
    </message>
</context>
<context>
    <name>Settings</name>
    <message>
        <source>L1 quote fresh for</source>
        <translation>L1-Kurs frisch für</translation>
    </message>
    <message>
        <source>s</source>
        <translation>s</translation>
    </message>
    <message>
        <source>Arrow history</source>
        <translation>Pfeil-Historie</translation>
    </message>
    <message>
        <source>min</source>
        <translation>min</translation>
    </message>
    <message>
        <source>Arrow minimum samples</source>
        <translation>Pfeil: Mindestanzahl Werte</translation>
    </message>
    <message>
        <source>Large order from</source>
        <translation>Große Order ab</translation>
    </message>
    <message>
        <source>Whale order from</source>
        <translation>Whale-Order ab</translation>
    </message>
    <message>
        <source>Mega order from</source>
        <translation>Mega-Order ab</translation>
    </message>
    <message>
        <source>Size trend up ratio</source>
        <translation>Größentrend: Verhältnis steigend</translation>
    </message>
    <message>
        <source>Size trend down ratio</source>
        <translation>Größentrend: Verhältnis fallend</translation>
    </message>
    <message>
        <source>Intensity HIGH from</source>
        <translation>Intensität HOCH ab</translation>
    </message>
    <message>
        <source>trades/s</source>
        <translation>Trades/s</translation>
    </message>
    <message>
        <source>Intensity MEDIUM from</source>
        <translation>Intensität MITTEL ab</translation>
    </message>
    <message>
        <source>Outlier order</source>
        <translation>Ausreißer-Order</translation>
    </message>
    <message>
        <source>Divergence window</source>
        <translation>Divergenz-Zeitfenster</translation>
    </message>
    <message>
        <source>Divergence price move</source>
        <translation>Divergenz: Preisbewegung</translation>
    </message>
    <message>
        <source>Divergence flow share</source>
        <translation>Divergenz: Flow-Anteil</translation>
    </message>
    <message>
        <source>Danger zone BTC</source>
        <translation>Gefahrenzone BTC</translation>
    </message>
    <message>
        <source>Danger zone ETH</source>
        <translation>Gefahrenzone ETH</translation>
    </message>
    <message>
        <source>Danger zone other</source>
        <translation>Gefahrenzone andere</translation>
    </message>
    <message>
        <source>Cluster bucket step (fraction of price)</source>
        <translation>Cluster-Schrittweite (Anteil am Preis)</translation>
    </message>
    <message>
        <source>Micro signal BUY above</source>
        <translation>Mikrosignal KAUF über</translation>
    </message>
    <message>
        <source>Micro signal SELL below</source>
        <translation>Mikrosignal VERKAUF unter</translation>
    </message>
    <message>
        <source>Depth: buyers dominant ratio</source>
        <translation>Tiefe: Verhältnis Käufer dominieren</translation>
    </message>
    <message>
        <source>Depth: strong bid ratio</source>
        <translation>Tiefe: Verhältnis starker Bid</translation>
    </message>
    <message>
        <source>Depth: ask heavy ratio</source>
        <translation>Tiefe: Verhältnis Ask-lastig</translation>
    </message>
    <message>
        <source>Depth: strong ask ratio</source>
        <translation>Tiefe: Verhältnis starker Ask</translation>
    </message>
    <message>
        <source>Flow trend ACCEL/FADING</source>
        <translation>Flow-Trend BESCHLEUNIGT/NACHLASSEND</translation>
    </message>
    <message>
        <source>pts</source>
        <translation>Pkt.</translation>
    </message>
    <message>
        <source>Contango/backwardation from</source>
        <translation>Contango/Backwardation ab</translation>
    </message>
    <message>
        <source>Steep basis from</source>
        <translation>Steile Basis ab</translation>
    </message>
    <message>
        <source>Basis arbitrage from</source>
        <translation>Basis-Arbitrage ab</translation>
    </message>
    <message>
        <source>Basis trend slope</source>
        <translation>Basis-Trendsteigung</translation>
    </message>
    <message>
        <source>%/5 min</source>
        <translation>%/5 min</translation>
    </message>
    <message>
        <source>Exchange spread flag</source>
        <translation>Markierung Börsen-Spread</translation>
    </message>
    <message>
        <source>Funding EXTREME from</source>
        <translation>Funding EXTREM ab</translation>
    </message>
    <message>
        <source>Funding HIGH from</source>
        <translation>Funding HOCH ab</translation>
    </message>
    <message>
        <source>Funding arbitrage differential</source>
        <translation>Funding-Arbitrage-Differenz</translation>
    </message>
    <message>
        <source>Cascade levels within</source>
        <translation>Kaskadenstufen innerhalb</translation>
    </message>
    <message>
        <source>Cascade liquidation floor</source>
        <translation>Kaskade: Liquidations-Untergrenze</translation>
    </message>
    <message>
        <source>Cascade MEDIUM from</source>
        <translation>Kaskade MITTEL ab</translation>
    </message>
    <message>
        <source>Cascade HIGH from</source>
        <translation>Kaskade HOCH ab</translation>
    </message>
    <message>
        <source>Regime TRENDING efficiency ratio</source>
        <translation>Regime TREND: Effizienzquote</translation>
    </message>
    <message>
        <source>Regime VOLATILE vol ratio</source>
        <translation>Regime VOLATIL: Vola-Verhältnis</translation>
    </message>
    <message>
        <source>Liquidity THIN below</source>
        <translation>Liquidität DÜNN unter</translation>
    </message>
    <message>
        <source>Liquidity THICK above</source>
        <translation>Liquidität TIEF über</translation>
    </message>
    <message>
        <source>Correlation minimum bars</source>
        <translation>Korrelation: Mindestanzahl Balken</translation>
    </message>
    <message>
        <source>bars</source>
        <translation>Balken</translation>
    </message>
    <message>
        <source>Lead/lag search up to</source>
        <translation>Vorlauf/Nachlauf-Suche bis</translation>
    </message>
    <message>
        <source>Signal cool-down</source>
        <translation>Signal-Sperrzeit</translation>
    </message>
    <message>
        <source>Relay URL: enter the relay address, e.g. ws://127.0.0.1:9001.</source>
        <translation>Relay-URL: Adresse des Relays eingeben, z. B. ws://127.0.0.1:9001.</translation>
    </message>
    <message>
        <source>Relay URL: &quot;%1&quot; is not a valid URL.</source>
        <translation>Relay-URL: „%1“ ist keine gültige URL.</translation>
    </message>
    <message>
        <source>Relay URL: must start with ws:// or wss:// (not %1://).</source>
        <translation>Relay-URL: muss mit ws:// oder wss:// beginnen (nicht %1://).</translation>
    </message>
    <message>
        <source>Relay URL: the host is missing.</source>
        <translation>Relay-URL: der Host fehlt.</translation>
    </message>
    <message>
        <source>Relay URL: the port must be between 1 and 65535.</source>
        <translation>Relay-URL: der Port muss zwischen 1 und 65535 liegen.</translation>
    </message>
    <message>
        <source>Refresh period %1 ms: must be between 50 ms and 60 s.</source>
        <translation>Aktualisierungsintervall %1 ms: muss zwischen 50 ms und 60 s liegen.</translation>
    </message>
    <message>
        <source>Speed %1: must be between 0 (as fast as possible) and 10000.</source>
        <translation>Geschwindigkeit %1: muss zwischen 0 (so schnell wie möglich) und 10000 liegen.</translation>
    </message>
    <message>
        <source>%1: %2 is outside %3 – %4 %5.</source>
        <translation>%1: %2 liegt außerhalb von %3 – %4 %5.</translation>
    </message>
    <message>
        <source>%1 (%2) must be below %3 (%4).</source>
        <translation>%1 (%2) muss unter %3 (%4) liegen.</translation>
    </message>
</context>
<context>
    <name>fd::AlertNotifier</name>
    <message>
        <source>FlowDesk alerts</source>
        <translation>FlowDesk-Alarme</translation>
    </message>
</context>
<context>
    <name>fd::AlertRulesDialog</name>
    <message>
        <source>Alert Rules</source>
        <translation>Alarmregeln</translation>
    </message>
    <message>
        <source>On</source>
        <translation>An</translation>
    </message>
    <message>
        <source>Rule</source>
        <translation>Regel</translation>
    </message>
    <message>
        <source>Symbol</source>
        <translation>Symbol</translation>
    </message>
    <message>
        <source>Notifies</source>
        <translation>Benachrichtigt</translation>
    </message>
    <message>
        <source>Cool-down</source>
        <translation>Sperrzeit</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Hinzufügen</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Löschen</translation>
    </message>
    <message>
        <source>Restore Defaults</source>
        <translation>Standard wiederherstellen</translation>
    </message>
    <message>
        <source>Selected rule</source>
        <translation>Ausgewählte Regel</translation>
    </message>
    <message>
        <source>&amp;Condition:</source>
        <translation>&amp;Bedingung:</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>Any symbol</source>
        <translation>Jedes Symbol</translation>
    </message>
    <message>
        <source>&amp;Symbol:</source>
        <translation>&amp;Symbol:</translation>
    </message>
    <message>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message>
        <source>At most one notification per cool-down; alerts inside it are logged and counted in the next one.</source>
        <translation>Höchstens eine Benachrichtigung pro Sperrzeit; Alarme darin werden protokolliert und in der nächsten mitgezählt.</translation>
    </message>
    <message>
        <source>&amp;Cool-down:</source>
        <translation>&amp;Sperrzeit:</translation>
    </message>
    <message>
        <source>Rule is &amp;on</source>
        <translation>Regel ist &amp;aktiv</translation>
    </message>
    <message>
        <source>&amp;Beep</source>
        <translation>&amp;Signalton</translation>
    </message>
    <message>
        <source>&amp;Desktop notification</source>
        <translation>&amp;Desktop-Benachrichtigung</translation>
    </message>
    <message>
        <source>When it fires:</source>
        <translation>Beim Auslösen:</translation>
    </message>
    <message>
        <source>No system tray here: desktop notifications appear in the status bar instead.</source>
        <translation>Kein Infobereich vorhanden: Desktop-Benachrichtigungen erscheinen stattdessen in der Statusleiste.</translation>
    </message>
    <message>
        <source>Rule on or off</source>
        <translation>Regel an oder aus</translation>
    </message>
    <message>
        <source>any</source>
        <translation>alle</translation>
    </message>
    <message>
        <source>beep</source>
        <translation>Signalton</translation>
    </message>
    <message>
        <source>desktop</source>
        <translation>Desktop</translation>
    </message>
    <message>
        <source>log only</source>
        <translation>nur Protokoll</translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation>%1 s</translation>
    </message>
    <message>
        <source>e.g. 500K, 1.5M, 2000000. Orders below the large tier (%1) are not tracked.</source>
        <translation>z. B. 500K, 1.5M, 2000000. Orders unter der Stufe „groß“ (%1) werden nicht erfasst.</translation>
    </message>
    <message>
        <source>0–100; HIGH from %1, MEDIUM from %2.</source>
        <translation>0–100; HOCH ab %1, MITTEL ab %2.</translation>
    </message>
    <message>
        <source>Seconds without a live relay connection (1–86400).</source>
        <translation>Sekunden ohne aktive Relay-Verbindung (1–86400).</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an amount (e.g. 500K, 1.5M or 2000000)</source>
        <translation>„%1“ ist kein Betrag (z. B. 500K, 1.5M oder 2000000)</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a number</source>
        <translation>„%1“ ist keine Zahl</translation>
    </message>
    <message>
        <source>Rule %1 (%2): %3</source>
        <translation>Regel %1 (%2): %3</translation>
    </message>
</context>
<context>
    <name>fd::AlertsPanel</name>
    <message>
        <source>Rules…</source>
        <translation>Regeln…</translation>
    </message>
    <message>
        <source>Add, edit, enable or delete alert rules</source>
        <translation>Alarmregeln hinzufügen, bearbeiten, aktivieren oder löschen</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>Leeren</translation>
    </message>
    <message>
        <source>Remove every entry from the log (the rules stay)</source>
        <translation>Alle Einträge aus dem Protokoll entfernen (die Regeln bleiben)</translation>
    </message>
    <message>
        <source>Export CSV…</source>
        <translation>CSV exportieren…</translation>
    </message>
    <message>
        <source>Time (UTC)</source>
        <translation>Zeit (UTC)</translation>
    </message>
    <message>
        <source>Rule</source>
        <translation>Regel</translation>
    </message>
    <message>
        <source>Symbol</source>
        <translation>Symbol</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>Schweregrad</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Meldung</translation>
    </message>
    <message>
        <source>Every alert that fired, newest first (up to %1 entries). Rules are edited with &quot;Rules…&quot; or the Alerts menu and saved with the workspace.</source>
        <translation>Jeder ausgelöste Alarm, neueste zuerst (bis zu %1 Einträge). Regeln werden über „Regeln…“ oder das Menü Alarme bearbeitet und mit dem Arbeitsbereich gespeichert.</translation>
    </message>
    <message>
        <source>A rule fires when its condition crosses from false to true (not while it stays true), and once per new whale order. Each rule notifies at most once per cool-down; alerts inside the cool-down are still logged here and counted in the next notification.</source>
        <translation>Eine Regel löst aus, wenn ihre Bedingung von falsch zu wahr wechselt (nicht solange sie wahr bleibt), und einmal je neuer Whale-Order. Jede Regel benachrichtigt höchstens einmal pro Sperrzeit; Alarme in der Sperrzeit werden trotzdem hier protokolliert und in der nächsten Benachrichtigung mitgezählt.</translation>
    </message>
    <message>
        <source>the snapshots of every view (whale orders, cascade risk, liquidation clusters, funding, basis, regime, liquidity), feed health (stale streams) and the relay connection</source>
        <translation>die Snapshots aller Ansichten (Whale-Orders, Kaskadenrisiko, Liquidationscluster, Funding, Basis, Regime, Liquidität), der Feed-Zustand (veraltete Datenströme) und die Relay-Verbindung</translation>
    </message>
    <message>
        <source>each rule&apos;s own: whale ≥ X, cascade risk ≥ Y, relay disconnected &gt; N s; the others use the thresholds of their metric (see that panel&apos;s ?)</source>
        <translation>je Regel: Whale ≥ X, Kaskadenrisiko ≥ Y, Relay getrennt &gt; N s; die übrigen nutzen die Schwellenwerte ihrer Kennzahl (siehe „?“ des jeweiligen Panels)</translation>
    </message>
    <message>
        <source>Held back by the rule&apos;s cool-down: counted in its next notification.</source>
        <translation>Von der Sperrzeit der Regel zurückgehalten: wird in ihrer nächsten Benachrichtigung mitgezählt.</translation>
    </message>
    <message>
        <source>rules: %1 active, %2 off</source>
        <translation>Regeln: %1 aktiv, %2 aus</translation>
    </message>
    <message>
        <source>rules: %1 active</source>
        <translation>Regeln: %1 aktiv</translation>
    </message>
    <message>
        <source>No alerts — no rule is active; add or enable one with &quot;Rules…&quot;</source>
        <translation>Keine Alarme – keine Regel ist aktiv; mit „Regeln…“ eine hinzufügen oder aktivieren</translation>
    </message>
    <message>
        <source>No alerts yet — %1</source>
        <translation>Noch keine Alarme – %1</translation>
    </message>
    <message>
        <source>1 alert · %1</source>
        <translation>1 Alarm · %1</translation>
    </message>
    <message>
        <source>%1 alerts · %2</source>
        <translation>%1 Alarme · %2</translation>
    </message>
    <message>
        <source>Alerts Log</source>
        <translation>Alarmprotokoll</translation>
    </message>
    <message>
        <source>When it happened: exchange time for market alerts (as in the other panels, also in a replay), the local clock for relay and feed alerts</source>
        <translation>Wann es geschah: Börsenzeit für Marktalarme (wie in den anderen Panels, auch bei einer Wiedergabe), die lokale Uhr für Relay- und Feed-Alarme</translation>
    </message>
    <message>
        <source>time (UTC) is when it happened: exchange time for market alerts, the local clock for relay and feed alerts; the CSV also has when FlowDesk raised it</source>
        <translation>Zeit (UTC) = wann es geschah: Börsenzeit für Marktalarme, die lokale Uhr für Relay- und Feed-Alarme; die CSV enthält zusätzlich, wann FlowDesk den Alarm ausgelöst hat</translation>
    </message>
</context>
<context>
    <name>fd::ArbitragePanel</name>
    <message>
        <source>Symbol</source>
        <translation>Symbol</translation>
    </message>
    <message>
        <source>Basis</source>
        <translation>Basis</translation>
    </message>
    <message>
        <source>Venue spread</source>
        <translation>Börsen-Spread</translation>
    </message>
    <message>
        <source>Pair</source>
        <translation>Paar</translation>
    </message>
    <message>
        <source>Funding diff.</source>
        <translation>Funding-Diff.</translation>
    </message>
    <message>
        <source>Arbitrage Opportunities</source>
        <translation>Arbitrage-Chancen</translation>
    </message>
    <message>
        <source>Price gaps worth trading: spot vs perp, venue vs venue, funding vs funding.</source>
        <translation>Handelbare Preisdifferenzen: Spot gegen Perp, Börse gegen Börse, Funding gegen Funding.</translation>
    </message>
    <message>
        <source>basis % = (perp ref − spot ref) / spot ref · 100; venue spread = max − min of the perp mids across venues (as % of the median, $ and bps); funding differential = max − min 8 h-normalised rate.</source>
        <translation>Basis % = (Perp-Ref − Spot-Ref) / Spot-Ref · 100; Börsen-Spread = Max − Min der Perp-Mitten über alle Börsen (in % des Medians, $ und bps); Funding-Differenz = Max − Min der auf 8 h normierten Rate.</translation>
    </message>
    <message>
        <source>fresh L1 mids, last trades, funding_rate messages</source>
        <translation>frische L1-Mitten, letzte Trades, funding_rate-Nachrichten</translation>
    </message>
    <message>
        <source>basis ⚠ |basis %| &amp;gt; %1 %; venue spread flag &amp;gt; %2 %; funding ARB &amp;gt; %3 %</source>
        <translation>Basis ⚠ |Basis %| &amp;gt; %1 %; Markierung Börsen-Spread &amp;gt; %2 %; Funding ARB &amp;gt; %3 %</translation>
    </message>
    <message>
        <source>%1 · basis %2</source>
        <translation>%1 · Basis %2</translation>
    </message>
    <message>
        <source>max − min perp mid = %1</source>
        <translation>Max − Min Perp-Mitte = %1</translation>
    </message>
    <message>
        <source>ARB</source>
        <translation>ARB</translation>
    </message>
    <message numerus="yes">
        <source>%n actionable gap(s)</source>
        <translation>
            <numerusform>%n handelbare Differenz</numerusform>
            <numerusform>%n handelbare Differenzen</numerusform>
        </translation>
    </message>
    <message>
        <source>no gap over its threshold</source>
        <translation>keine Differenz über ihrem Schwellenwert</translation>
    </message>
    <message>
        <source>basis %</source>
        <translation>Basis %</translation>
    </message>
    <message>
        <source>now; chart: basis % of each symbol, one point per 5 s, last 15 minutes</source>
        <translation>jetzt; Diagramm: Basis % je Symbol, ein Punkt alle 5 s, letzte 15 Minuten</translation>
    </message>
    <message>
        <source>Perp venue vs median · needs two perp venues with fresh quotes</source>
        <translation>Perp-Börse gegen Median · braucht zwei Perp-Börsen mit frischen Kursen</translation>
    </message>
    <message>
        <source>Perp venue vs median (bps)</source>
        <translation>Perp-Börse gegen Median (bps)</translation>
    </message>
    <message>
        <source>positive: the venue trades above the others; sell there, buy the lowest</source>
        <translation>positiv: die Börse handelt über den anderen; dort verkaufen, an der niedrigsten kaufen</translation>
    </message>
    <message>
        <source>no fresh perp quote from this venue</source>
        <translation>kein frischer Perp-Kurs von dieser Börse</translation>
    </message>
    <message>
        <source>mid %1 (%2 vs median)</source>
        <translation>Mitte %1 (%2 gegen Median)</translation>
    </message>
    <message>
        <source>%1: |basis| over the %2 arbitrage threshold</source>
        <translation>%1: |Basis| über der Arbitrage-Schwelle von %2</translation>
    </message>
</context>
<context>
    <name>fd::BasisPanel</name>
    <message>
        <source>Composite</source>
        <translation>Komposit</translation>
    </message>
    <message>
        <source>Perp</source>
        <translation>Perp</translation>
    </message>
    <message>
        <source>Spot</source>
        <translation>Spot</translation>
    </message>
    <message>
        <source>Basis $</source>
        <translation>Basis $</translation>
    </message>
    <message>
        <source>Basis %</source>
        <translation>Basis %</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Zustand</translation>
    </message>
    <message>
        <source>Trend 5m</source>
        <translation>Trend 5 min</translation>
    </message>
    <message>
        <source>Venue</source>
        <translation>Börse</translation>
    </message>
    <message>
        <source>Perp mid</source>
        <translation>Perp-Mitte</translation>
    </message>
    <message>
        <source>Spot mid</source>
        <translation>Spot-Mitte</translation>
    </message>
    <message>
        <source>basis %</source>
        <translation>Basis %</translation>
    </message>
    <message>
        <source>minutes ago</source>
        <translation>Minuten zuvor</translation>
    </message>
    <message>
        <source>Spot vs Perp Basis</source>
        <translation>Spot-Perp-Basis</translation>
    </message>
    <message>
        <source>Premium of perpetuals over spot.</source>
        <translation>Aufschlag der Perpetuals gegenüber Spot.</translation>
    </message>
    <message>
        <source>basis = perp reference − spot reference; basis % = basis / spot · 100. Per venue where the venue has both spot and perp. Trend = slope of basis % over 5 m.</source>
        <translation>Basis = Perp-Referenz − Spot-Referenz; Basis % = Basis / Spot · 100. Je Börse, sofern er Spot und Perp hat. Trend = Steigung der Basis % über 5 min.</translation>
    </message>
    <message>
        <source>reference = median of fresh (&amp;lt; %1 s) L1 mids across venues, else the last trade</source>
        <translation>Referenz = Median frischer (&amp;lt; %1 s) L1-Mitten aller Börsen, sonst der letzte Trade</translation>
    </message>
    <message>
        <source>now; trend 5 minutes; history: one point per 5 s over 15 minutes</source>
        <translation>aktuell; Trend 5 Minuten; Verlauf: ein Punkt je 5 s über 15 Minuten</translation>
    </message>
    <message>
        <source>CONTANGO &amp;gt; +%1 %, BACKWARDATION &amp;lt; −%1 %, else FLAT; STEEP |basis %| &amp;gt; %2 %; arbitrage (cyan) |basis %| &amp;gt; %3 %; trend ±%4 % per 5 m</source>
        <translation>CONTANGO &amp;gt; +%1 %, BACKWARDATION &amp;lt; −%1 %, sonst FLACH; STEIL |Basis %| &amp;gt; %2 %; Arbitrage (cyan) |Basis %| &amp;gt; %3 %; Trend ±%4 % je 5 min</translation>
    </message>
    <message>
        <source>source: %1</source>
        <translation>Quelle: %1</translation>
    </message>
    <message>
        <source>slope of basis % over 5 m</source>
        <translation>Steigung der Basis % über 5 min</translation>
    </message>
    <message>
        <source>STEEP</source>
        <translation>STEIL</translation>
    </message>
    <message>
        <source>⚠ ARBITRAGE: |basis| %1 &gt; %2</source>
        <translation>⚠ ARBITRAGE: |Basis| %1 &gt; %2</translation>
    </message>
    <message>
        <source>no venue with both fresh spot and perp quotes</source>
        <translation>keine Börse mit frischen Spot- und Perp-Kursen</translation>
    </message>
    <message>
        <source>no flag: |basis| %1 ≤ %2 arbitrage threshold</source>
        <translation>keine Markierung: |Basis| %1 ≤ %2 Arbitrage-Schwelle</translation>
    </message>
</context>
<context>
    <name>fd::CascadePanel</name>
    <message>
        <source>Cascade risk</source>
        <translation>Kaskadenrisiko</translation>
    </message>
    <message>
        <source>Next cascade level</source>
        <translation>Nächste Kaskadenstufe</translation>
    </message>
    <message>
        <source>Protection level</source>
        <translation>Schutzniveau</translation>
    </message>
    <message>
        <source>Components</source>
        <translation>Komponenten</translation>
    </message>
    <message>
        <source>price</source>
        <translation>Preis</translation>
    </message>
    <message>
        <source>USD</source>
        <translation>USD</translation>
    </message>
    <message>
        <source>est. long liquidations</source>
        <translation>gesch. Long-Liquidationen</translation>
    </message>
    <message>
        <source>est. short liquidations</source>
        <translation>gesch. Short-Liquidationen</translation>
    </message>
    <message>
        <source>printed (15 m)</source>
        <translation>ausgeführt (15 min)</translation>
    </message>
    <message>
        <source>Liquidation Cascade Risk</source>
        <translation>Liquidationskaskaden-Risiko</translation>
    </message>
    <message>
        <source>How close price is to a pile of leveraged positions that would be force-closed.</source>
        <translation>Wie nah der Preis an einer Ballung gehebelter Positionen liegt, die zwangsweise geschlossen würden.</translation>
    </message>
    <message>
        <source>risk = 100·(0.35·I + 0.25·N + 0.2·D + 0.2·F): I = liq USD 5m / (3 × mean 5 m liq USD last hour, floor %1); N = 1 − distance to next level / (2 × 15 m range); D = max(0, −ΔOI 5m %) / 1 %; F = |imbalance 1m|/100 toward the level.&lt;br&gt;Model: OI growth in a 1 m bar opens positions at the bar&apos;s VWAP split by taker buy share, spread over 10x/25x/50x/100x (0.35/0.3/0.2/0.15); liquidated at p·(1 ∓ 1/L).</source>
        <translation>Risiko = 100·(0.35·I + 0.25·N + 0.2·D + 0.2·F): I = Liq-USD 5 min / (3 × mittlere 5-min-Liq-USD der letzten Stunde, mindestens %1); N = 1 − Abstand zur nächsten Stufe / (2 × 15-min-Spanne); D = max(0, −ΔOI 5 min %) / 1 %; F = |Ungleichgewicht 1 min|/100 in Richtung der Stufe.&lt;br&gt;Modell: OI-Wachstum in einem 1-min-Balken eröffnet Positionen zum VWAP des Balkens, aufgeteilt nach Taker-Kaufanteil, verteilt auf 10x/25x/50x/100x (0.35/0.3/0.2/0.15); Liquidation bei p·(1 ∓ 1/L).</translation>
    </message>
    <message>
        <source>open interest, trades, liquidations</source>
        <translation>Open Interest, Trades, Liquidationen</translation>
    </message>
    <message>
        <source>levels within %1 % of price</source>
        <translation>Stufen innerhalb von %1 % des Preises</translation>
    </message>
    <message>
        <source>LOW &amp;lt; %1 ≤ MEDIUM &amp;lt; %2 ≤ HIGH</source>
        <translation>NIEDRIG &amp;lt; %1 ≤ MITTEL &amp;lt; %2 ≤ HOCH</translation>
    </message>
    <message>
        <source>cascade risk is computed for the Risk view only</source>
        <translation>das Kaskadenrisiko wird nur für die Risiko-Ansicht berechnet</translation>
    </message>
    <message>
        <source>%1 (%2) · %3</source>
        <translation>%1 (%2) · %3</translation>
    </message>
    <message>
        <source>price — no estimated level yet (needs OI growth)</source>
        <translation>Preis – noch keine geschätzte Stufe (braucht OI-Wachstum)</translation>
    </message>
    <message>
        <source>USD (%1)</source>
        <translation>USD (%1)</translation>
    </message>
    <message>
        <source>n/a · %1</source>
        <translation>k. A. · %1</translation>
    </message>
</context>
<context>
    <name>fd::CorrelationPanel</name>
    <message>
        <source>Correlation Matrix</source>
        <translation>Korrelationsmatrix</translation>
    </message>
    <message>
        <source>How the symbols move together and who moves first.</source>
        <translation>Wie sich die Symbole gemeinsam bewegen und wer zuerst läuft.</translation>
    </message>
    <message>
        <source>Pearson correlation of log returns of the perp reference on time-aligned 5 s bars; cross-exchange: mean pairwise Pearson of 1 s mid returns between venues (5 m); lead/lag: cross-correlation of 1 s returns for lags −%1…+%1 s, reported only when the best correlation exceeds 2/√n.</source>
        <translation>Pearson-Korrelation der Log-Renditen der Perp-Referenz auf zeitgleichen 5-s-Balken; börsenübergreifend: mittlere paarweise Pearson-Korrelation der 1-s-Mitte-Renditen zwischen Börsen (5 min); Vorlauf/Nachlauf: Kreuzkorrelation der 1-s-Renditen für Verzögerungen −%1…+%1 s, nur angezeigt, wenn die beste Korrelation 2/√n übersteigt.</translation>
    </message>
    <message>
        <source>perp reference prices, L1 mids</source>
        <translation>Perp-Referenzpreise, L1-Mitten</translation>
    </message>
    <message>
        <source>30 minutes (minimum %1 bars)</source>
        <translation>30 Minuten (mindestens %1 Balken)</translation>
    </message>
    <message>
        <source>waiting for data: no symbols yet</source>
        <translation>warte auf Daten: noch keine Symbole</translation>
    </message>
    <message>
        <source>correlation is computed for the Risk view only</source>
        <translation>die Korrelation wird nur für die Risiko-Ansicht berechnet</translation>
    </message>
    <message>
        <source>%1 bars of 5 s</source>
        <translation>%1 Balken à 5 s</translation>
    </message>
    <message>
        <source>Cross-exchange (1 s mids, 5 m)</source>
        <translation>Börsenübergreifend (1-s-Mitten, 5 min)</translation>
    </message>
    <message>
        <source>Lead / lag (1 s returns)</source>
        <translation>Vorlauf / Nachlauf (1-s-Renditen)</translation>
    </message>
    <message>
        <source>%1 leads by %2 s (r %3)</source>
        <translation>%1 läuft %2 s voraus (r %3)</translation>
    </message>
    <message>
        <source>no lead</source>
        <translation>kein Vorlauf</translation>
    </message>
    <message>
        <source>cell colour: blue for positive, pink for negative, deeper with |r|; none below 0.05</source>
        <translation>Zellfarbe: blau für positiv, rosa für negativ, kräftiger mit |r|; keine unter 0,05</translation>
    </message>
</context>
<context>
    <name>fd::CvdDivergencePanel</name>
    <message>
        <source>Symbol</source>
        <translation>Symbol</translation>
    </message>
    <message>
        <source>Price 5m</source>
        <translation>Preis 5 min</translation>
    </message>
    <message>
        <source>CVD 5m</source>
        <translation>CVD 5 min</translation>
    </message>
    <message>
        <source>Flow / volume</source>
        <translation>Flow / Volumen</translation>
    </message>
    <message>
        <source>Divergence</source>
        <translation>Divergenz</translation>
    </message>
    <message>
        <source>price</source>
        <translation>Preis</translation>
    </message>
    <message>
        <source>CVD $</source>
        <translation>CVD $</translation>
    </message>
    <message>
        <source>minutes ago</source>
        <translation>Minuten zuvor</translation>
    </message>
    <message>
        <source>CVD total</source>
        <translation>CVD gesamt</translation>
    </message>
    <message>
        <source>CVD Divergence</source>
        <translation>CVD-Divergenz</translation>
    </message>
    <message>
        <source>Does the aggressive flow confirm the price move?</source>
        <translation>Bestätigt der aggressive Flow die Preisbewegung?</translation>
    </message>
    <message>
        <source>p = Δ perp reference / price over W; c = CVD_W / perp volume_W. BULLISH (accumulation): p &amp;lt; −%1 % and c &amp;gt; +%2 %; BEARISH (distribution): p &amp;gt; +%1 % and c &amp;lt; −%2 %; ALIGNED: both beyond their thresholds with the same sign; else NEUTRAL.</source>
        <translation>p = Δ Perp-Referenz / Preis über W; c = CVD_W / Perp-Volumen_W. BULLISH (Akkumulation): p &amp;lt; −%1 % und c &amp;gt; +%2 %; BEARISH (Distribution): p &amp;gt; +%1 % und c &amp;lt; −%2 %; GLEICHLAUFEND: beide jenseits ihrer Schwelle mit gleichem Vorzeichen; sonst NEUTRAL.</translation>
    </message>
    <message>
        <source>perp taker prints (CVD = running Σ signed USD), perp reference price</source>
        <translation>Perp-Taker-Prints (CVD = laufende Σ vorzeichenbehafteter USD), Perp-Referenzpreis</translation>
    </message>
    <message>
        <source>W = %1 s; chart: one sample per second since the panel started, last 15 minutes</source>
        <translation>W = %1 s; Diagramm: ein Wert pro Sekunde seit Start des Panels, letzte 15 Minuten</translation>
    </message>
    <message>
        <source>price ±%1 %, flow ±%2 % of volume</source>
        <translation>Preis ±%1 %, Flow ±%2 % des Volumens</translation>
    </message>
    <message>
        <source>collecting: the chart starts when the panel receives snapshots</source>
        <translation>sammle: das Diagramm beginnt, sobald das Panel Snapshots erhält</translation>
    </message>
    <message>
        <source>CVD %1</source>
        <translation>CVD %1</translation>
    </message>
</context>
<context>
    <name>fd::DepthPanel</name>
    <message>
        <source>Orderbook Depth Imbalance</source>
        <translation>Orderbuch-Tiefenungleichgewicht</translation>
    </message>
    <message>
        <source>Resting liquidity near the mid, per venue (perpetuals and spot).</source>
        <translation>Ruhende Liquidität nahe der Mitte, je Börse (Perpetuals und Spot).</translation>
    </message>
    <message>
        <source>bid USD within mid·(1−b) … mid, ask USD within mid … mid·(1+b); ratio = bid / ask. The book is a best-effort L2 book (a snapshot replaces it, updates set sizes; the relay drops updates), so its age and reach are shown and bands beyond the reach are n/a. Without an L2 snapshot: top-of-book ratio (L1 fallback).</source>
        <translation>Bid-USD innerhalb Mitte·(1−b) … Mitte, Ask-USD innerhalb Mitte … Mitte·(1+b); Verhältnis = Bid / Ask. Das Orderbuch ist ein L2-Buch nach bestem Bemühen (ein Snapshot ersetzt es, Updates setzen Größen; das Relay verwirft Updates), daher werden Alter und Reichweite angezeigt, und Bänder jenseits der Reichweite sind k. A. Ohne L2-Snapshot: Top-of-Book-Verhältnis (L1-Ersatz).</translation>
    </message>
    <message>
        <source>order_book_l2 snapshots and updates; order_book_l1 for the fallback</source>
        <translation>order_book_l2-Snapshots und -Updates; order_book_l1 als Ersatz</translation>
    </message>
    <message>
        <source>ratio &amp;gt; %1 BUYERS DOMINANT, &amp;gt; %2 STRONG BID, &amp;lt; %3 STRONG ASK, &amp;lt; %4 ASK HEAVY, else BALANCED</source>
        <translation>Verhältnis &amp;gt; %1 KÄUFER DOMINIEREN, &amp;gt; %2 STARKER BID, &amp;lt; %3 STARKER ASK, &amp;lt; %4 ASK-LASTIG, sonst AUSGEGLICHEN</translation>
    </message>
    <message>
        <source>waiting for data: no order book for %1 yet</source>
        <translation>warte auf Daten: noch kein Orderbuch für %1</translation>
    </message>
    <message>
        <source>depth is computed for the Institutional Flow view only</source>
        <translation>die Tiefe wird nur für die Ansicht Institutioneller Flow berechnet</translation>
    </message>
    <message>
        <source>L2 · age %1 s · covers ±%2 · %3/%4 levels</source>
        <translation>L2 · Alter %1 s · reicht ±%2 · %3/%4 Stufen</translation>
    </message>
    <message>
        <source>%1 updates applied, %2 ignored since the snapshot</source>
        <translation>%1 Updates angewendet, %2 ignoriert seit dem Snapshot</translation>
    </message>
    <message>
        <source>L1 FALLBACK (top of book only)</source>
        <translation>L1-ERSATZ (nur Top of Book)</translation>
    </message>
    <message>
        <source>top of book</source>
        <translation>Top of Book</translation>
    </message>
    <message>
        <source> (L1)</source>
        <translation> (L1)</translation>
    </message>
    <message>
        <source>spot</source>
        <translation>Spot</translation>
    </message>
    <message>
        <source>perp</source>
        <translation>Perp</translation>
    </message>
    <message>
        <source>bid share ±2 % (%)</source>
        <translation>Bid-Anteil ±2 % (%)</translation>
    </message>
    <message>
        <source>now; bands 1 %, 2 %, 5 %; chart: bid / (bid + ask) USD within ±2 % of each L2 book, one sample per 5 s, last 15 minutes</source>
        <translation>jetzt; Bänder 1 %, 2 %, 5 %; Diagramm: Bid / (Bid + Ask) USD innerhalb ±2 % je L2-Buch, ein Wert alle 5 s, letzte 15 Minuten</translation>
    </message>
    <message>
        <source>Bid share ±2 % · %1 · needs an L2 book</source>
        <translation>Bid-Anteil ±2 % · %1 · braucht ein L2-Buch</translation>
    </message>
    <message>
        <source>Bid share ±2 % · %1 · above 50 %: bids outweigh asks</source>
        <translation>Bid-Anteil ±2 % · %1 · über 50 %: Bids überwiegen</translation>
    </message>
    <message>
        <source>bid USD / (bid + ask) USD within ±2 % of the mid, per L2 book, every 5 s</source>
        <translation>Bid-USD / (Bid + Ask) USD innerhalb ±2 % der Mitte, je L2-Buch, alle 5 s</translation>
    </message>
</context>
<context>
    <name>fd::DominancePanel</name>
    <message>
        <source>Venue</source>
        <translation>Börse</translation>
    </message>
    <message>
        <source>Volume 5m</source>
        <translation>Volumen 5 min</translation>
    </message>
    <message>
        <source>Share</source>
        <translation>Anteil</translation>
    </message>
    <message>
        <source>OI</source>
        <translation>OI</translation>
    </message>
    <message>
        <source>OI share</source>
        <translation>OI-Anteil</translation>
    </message>
    <message>
        <source>Exchange Dominance</source>
        <translation>Börsendominanz</translation>
    </message>
    <message>
        <source>Which venue carries the volume and the open interest.</source>
        <translation>Welche Börse das Volumen und das Open Interest trägt.</translation>
    </message>
    <message>
        <source>volume share = venue USD / total USD (perp + spot, 5 m); OI share = venue OI USD / total OI USD (OI USD = notional when the relay sends it, else contracts · perp reference); migration = the venue whose 5 m share rose most against its 60 m share.</source>
        <translation>Volumenanteil = USD der Börse / Gesamt-USD (Perp + Spot, 5 min); OI-Anteil = OI-USD der Börse / gesamtes OI-USD (OI-USD = Nominalwert, wenn das Relay ihn sendet, sonst Kontrakte · Perp-Referenz); Migration = die Börse, deren 5-min-Anteil gegenüber seinem 60-min-Anteil am stärksten stieg.</translation>
    </message>
    <message>
        <source>trades and open_interest messages</source>
        <translation>Trades und open_interest-Nachrichten</translation>
    </message>
    <message>
        <source>no trades or open interest in the last 5 minutes</source>
        <translation>keine Trades oder Open Interest in den letzten 5 Minuten</translation>
    </message>
    <message>
        <source>Migration: %1 gaining (%2 share vs 60 m)</source>
        <translation>Migration: %1 gewinnt (%2 Anteil gegen 60 min)</translation>
    </message>
    <message>
        <source>Migration: n/a — %1</source>
        <translation>Migration: k. A. – %1</translation>
    </message>
    <message>
        <source>volume share 5m %</source>
        <translation>Volumenanteil 5m %</translation>
    </message>
    <message>
        <source>minutes ago</source>
        <translation>vor Minuten</translation>
    </message>
    <message>
        <source>5 minutes (migration: 5 m vs 60 m); chart: 5 m volume share per venue, one sample per 10 s, last 30 minutes</source>
        <translation>5 Minuten (Migration: 5 min gegen 60 min); Diagramm: 5-min-Volumenanteil je Börse, ein Wert alle 10 s, letzte 30 Minuten</translation>
    </message>
    <message>
        <source>collecting: one sample per 10 s</source>
        <translation>sammelt: ein Wert alle 10 s</translation>
    </message>
</context>
<context>
    <name>fd::FeedHealthPanel</name>
    <message>
        <source>waiting for the first health snapshot</source>
        <translation>warte auf den ersten Zustands-Snapshot</translation>
    </message>
    <message>
        <source>Venue</source>
        <translation>Börse</translation>
    </message>
    <message>
        <source>Symbol</source>
        <translation>Symbol</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Typ</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <source>msgs/s</source>
        <translation>Nachr./s</translation>
    </message>
    <message>
        <source>Age (s)</source>
        <translation>Alter (s)</translation>
    </message>
    <message>
        <source>Stale</source>
        <translation>Veraltet</translation>
    </message>
    <message>
        <source>Messages</source>
        <translation>Nachrichten</translation>
    </message>
    <message>
        <source>Reject reason</source>
        <translation>Ablehnungsgrund</translation>
    </message>
    <message>
        <source>Count</source>
        <translation>Anzahl</translation>
    </message>
    <message>
        <source>Last rejected sample</source>
        <translation>Zuletzt abgelehnter Frame</translation>
    </message>
    <message>
        <source>Select a reject reason to see the last rejected frame.</source>
        <translation>Einen Ablehnungsgrund auswählen, um den zuletzt abgelehnten Frame zu sehen.</translation>
    </message>
    <message>
        <source>Per stream (venue × symbol × type × kind) on the local receive clock: messages per second over the last 10 s, seconds since the last message, and stale when trades/L1 are older than 10 s or OI/funding older than 30 s. Rejected frames are counted by reason with the last rejected frame. Clock skew is receive time minus exchange time (median and 95th percentile).</source>
        <translation>Je Datenstrom (Börse × Symbol × Typ × Art) nach lokaler Empfangszeit: Nachrichten pro Sekunde über die letzten 10 s, Sekunden seit der letzten Nachricht, und veraltet, wenn Trades/L1 älter als 10 s oder OI/Funding älter als 30 s sind. Abgelehnte Frames werden nach Grund gezählt, mit dem zuletzt abgelehnten Frame. Zeitversatz = Empfangszeit minus Börsenzeit (Median und 95. Perzentil).</translation>
    </message>
    <message>
        <source> · showing %1 only</source>
        <translation> · nur %1</translation>
    </message>
    <message>
        <source> · last error: %1</source>
        <translation> · letzter Fehler: %1</translation>
    </message>
    <message>
        <source>STALE</source>
        <translation>VERALTET</translation>
    </message>
    <message>
        <source>ok</source>
        <translation>ok</translation>
    </message>
    <message>
        <source>Feed Health</source>
        <translation>Feed-Zustand</translation>
    </message>
    <message>
        <source>%1 · %2 msgs/s · %3 streams, %4 stale · %5 rejected · CVD resets %6 · %7</source>
        <translation>%1 · %2 Nachr./s · %3 Datenströme, %4 veraltet · %5 abgelehnt · CVD-Resets %6 · %7</translation>
    </message>
</context>
<context>
    <name>fd::FundingPanel</name>
    <message>
        <source>Venue</source>
        <translation>Börse</translation>
    </message>
    <message>
        <source>Rate</source>
        <translation>Rate</translation>
    </message>
    <message>
        <source>Interval</source>
        <translation>Intervall</translation>
    </message>
    <message>
        <source>8h rate</source>
        <translation>8-h-Rate</translation>
    </message>
    <message>
        <source>1h Δ</source>
        <translation>1 h Δ</translation>
    </message>
    <message>
        <source>Payer</source>
        <translation>Zahler</translation>
    </message>
    <message>
        <source>Intensity</source>
        <translation>Intensität</translation>
    </message>
    <message>
        <source>OI-weighted 8h</source>
        <translation>OI-gewichtet 8 h</translation>
    </message>
    <message>
        <source>Cross-venue differential</source>
        <translation>Differenz zwischen Börsen</translation>
    </message>
    <message>
        <source>Funding Momentum</source>
        <translation>Funding-Momentum</translation>
    </message>
    <message>
        <source>Perpetual funding per venue and who pays it.</source>
        <translation>Perpetual-Funding je Börse und wer es zahlt.</translation>
    </message>
    <message>
        <source>8h rate = rate · 8 / interval hours; arrow from the 1 h change; payer: &amp;gt; 0 LONGS PAY, &amp;lt; 0 SHORTS PAY; differential = max − min across venues.&lt;br&gt;Without a funding feed: est. rate = P + clamp(%1 % − P, −%2 %, +%2 %), P = time-average premium (perp mid − spot mid)/spot mid since the last 8 h boundary.</source>
        <translation>8-h-Rate = Rate · 8 / Intervallstunden; Pfeil aus der 1-h-Änderung; Zahler: &amp;gt; 0 LONGS ZAHLEN, &amp;lt; 0 SHORTS ZAHLEN; Differenz = Max − Min über die Börsen.&lt;br&gt;Ohne Funding-Feed: gesch. Rate = P + clamp(%1 % − P, −%2 %, +%2 %), P = zeitgemittelter Aufschlag (Perp-Mitte − Spot-Mitte)/Spot-Mitte seit der letzten 8-h-Grenze.</translation>
    </message>
    <message>
        <source>funding_rate messages (rate per interval; interval from successive next_time values, OKX next_time − time, else 8 h)</source>
        <translation>funding_rate-Nachrichten (Rate je Intervall; Intervall aus aufeinanderfolgenden next_time-Werten, OKX next_time − time, sonst 8 h)</translation>
    </message>
    <message>
        <source>latest message; momentum over 1 hour</source>
        <translation>letzte Nachricht; Momentum über 1 Stunde</translation>
    </message>
    <message>
        <source>EXTREME |8h| &amp;gt; %1 %, HIGH &amp;gt; %2 %, else NORMAL; ARB (cyan) when differential &amp;gt; %3 %</source>
        <translation>EXTREM |8 h| &amp;gt; %1 %, HOCH &amp;gt; %2 %, sonst NORMAL; ARB (cyan), wenn Differenz &amp;gt; %3 %</translation>
    </message>
    <message>
        <source>est. — the relay sends no funding: estimated from the spot/perp premium (%1 samples)</source>
        <translation>gesch. – das Relay sendet kein Funding: geschätzt aus dem Spot/Perp-Aufschlag (%1 Werte)</translation>
    </message>
    <message>
        <source>est.</source>
        <translation>gesch.</translation>
    </message>
    <message>
        <source>estimated, not a venue rate</source>
        <translation>geschätzt, keine Rate einer Börse</translation>
    </message>
    <message>
        <source>premium %1</source>
        <translation>Aufschlag %1</translation>
    </message>
    <message>
        <source>LONGS PAY</source>
        <translation>LONGS ZAHLEN</translation>
    </message>
    <message>
        <source>SHORTS PAY</source>
        <translation>SHORTS ZAHLEN</translation>
    </message>
    <message>
        <source>NEUTRAL</source>
        <translation>NEUTRAL</translation>
    </message>
    <message>
        <source>/h</source>
        <translation>/h</translation>
    </message>
    <message>
        <source>longs paying shorts is a crowded-long signal</source>
        <translation>Longs zahlen an Shorts: Signal für überfüllte Long-Seite</translation>
    </message>
    <message>
        <source>ARB: differential &gt; %1</source>
        <translation>ARB: Differenz &gt; %1</translation>
    </message>
    <message>
        <source>Symbol</source>
        <translation>Symbol</translation>
    </message>
    <message>
        <source>est. 8h</source>
        <translation>gesch. 8h</translation>
    </message>
    <message>
        <source>Differential</source>
        <translation>Differenz</translation>
    </message>
    <message>
        <source>All symbols · 8h rate by venue</source>
        <translation>Alle Symbole · 8h-Rate je Börse</translation>
    </message>
    <message>
        <source>red: EXTREME, yellow: HIGH; positive: longs pay shorts</source>
        <translation>rot: EXTREM, gelb: HOCH; positiv: Longs zahlen Shorts</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>estimated from the spot/perp premium: the relay sends no funding</source>
        <translation>geschätzt aus der Spot/Perp-Prämie: das Relay sendet kein Funding</translation>
    </message>
    <message>
        <source>no funding from this venue</source>
        <translation>kein Funding von dieser Börse</translation>
    </message>
</context>
<context>
    <name>fd::LiqClustersPanel</name>
    <message>
        <source>Bucket</source>
        <translation>Preisstufe</translation>
    </message>
    <message>
        <source>USD 15m</source>
        <translation>USD 15 min</translation>
    </message>
    <message>
        <source>Longs</source>
        <translation>Longs</translation>
    </message>
    <message>
        <source>Shorts</source>
        <translation>Shorts</translation>
    </message>
    <message>
        <source>Recent liquidations</source>
        <translation>Letzte Liquidationen</translation>
    </message>
    <message>
        <source>Liquidation Clusters</source>
        <translation>Liquidationscluster</translation>
    </message>
    <message>
        <source>Where forced liquidations concentrated in the last 15 minutes.</source>
        <translation>Wo sich Zwangsliquidationen in den letzten 15 Minuten konzentrierten.</translation>
    </message>
    <message>
        <source>bucket = [floor(price/step)·step, +step); per bucket the USD (price · qty) of liquidations, with long/short counts. Long liquidated: Binance/OKX order side Sell, Bybit position side Buy.</source>
        <translation>Preisstufe = [floor(Preis/Schritt)·Schritt, +Schritt); je Stufe die USD (Preis · Menge) der Liquidationen, mit Anzahl Long/Short. Long liquidiert: Binance/OKX Orderseite Sell, Bybit Positionsseite Buy.</translation>
    </message>
    <message>
        <source>liquidation messages of all venues for the symbol</source>
        <translation>Liquidationsnachrichten aller Börsen für das Symbol</translation>
    </message>
    <message>
        <source>15 minutes; step = the round step nearest to %1 % of the session&apos;s first reference price (%2 now)</source>
        <translation>15 Minuten; Schritt = der runde Schritt, der %1 % des ersten Referenzpreises der Sitzung am nächsten liegt (derzeit %2)</translation>
    </message>
    <message>
        <source>DANGER ZONE when a bucket ≥ %1 (BTC %2, ETH %3, others %4)</source>
        <translation>GEFAHRENZONE, wenn eine Preisstufe ≥ %1 (BTC %2, ETH %3, andere %4)</translation>
    </message>
    <message>
        <source>15m: longs %1 (%2) · shorts %3 (%4) · %5 buckets, step %6</source>
        <translation>15 min: Longs %1 (%2) · Shorts %3 (%4) · %5 Preisstufen, Schritt %6</translation>
    </message>
    <message>
        <source>no liquidations in the last 15 minutes</source>
        <translation>keine Liquidationen in den letzten 15 Minuten</translation>
    </message>
    <message>
        <source>current perp reference price</source>
        <translation>aktueller Perp-Referenzpreis</translation>
    </message>
    <message>
        <source>price</source>
        <translation>Preis</translation>
    </message>
    <message>
        <source>longs %1 · shorts %2</source>
        <translation>Longs %1 · Shorts %2</translation>
    </message>
    <message>
        <source>DANGER ZONE</source>
        <translation>GEFAHRENZONE</translation>
    </message>
    <message>
        <source>LONG liq.</source>
        <translation>LONG-Liq.</translation>
    </message>
    <message>
        <source>SHORT liq.</source>
        <translation>SHORT-Liq.</translation>
    </message>
    <message>
        <source>no liquidation printed yet</source>
        <translation>noch keine Liquidation ausgeführt</translation>
    </message>
</context>
<context>
    <name>fd::MainWindow</name>
    <message>
        <source>Stop &amp;Recording</source>
        <translation>Aufzeichnung &amp;beenden</translation>
    </message>
    <message>
        <source>Start &amp;Recording…</source>
        <translation>Aufzeichnung &amp;starten…</translation>
    </message>
    <message>
        <source>Recording to %1</source>
        <translation>Aufzeichnung nach %1</translation>
    </message>
    <message>
        <source>%1 % · %2 frames</source>
        <translation>%1 % · %2 Frames</translation>
    </message>
    <message>
        <source>Replay finished.</source>
        <translation>Wiedergabe beendet.</translation>
    </message>
    <message>
        <source>Alert rules updated: %1 active. Save the workspace (Ctrl+S) to keep them with &quot;%2&quot;.</source>
        <translation>Alarmregeln aktualisiert: %1 aktiv. Den Arbeitsbereich speichern (Strg+S), um sie mit „%2“ zu behalten.</translation>
    </message>
    <message>
        <source>Alert rules updated: %1 active. Save the workspace as a named one to keep them with it.</source>
        <translation>Alarmregeln aktualisiert: %1 aktiv. Den Arbeitsbereich unter einem Namen speichern, um sie damit zu behalten.</translation>
    </message>
    <message>
        <source>Main</source>
        <translation>Haupt</translation>
    </message>
    <message>
        <source> Symbol </source>
        <translation> Symbol </translation>
    </message>
    <message>
        <source>Global symbol (each panel can override it)</source>
        <translation>Globales Symbol (jedes Panel kann es überschreiben)</translation>
    </message>
    <message>
        <source>Replay</source>
        <translation>Wiedergabe</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>Pause</translation>
    </message>
    <message>
        <source>Play</source>
        <translation>Abspielen</translation>
    </message>
    <message>
        <source>max</source>
        <translation>max.</translation>
    </message>
    <message>
        <source> Speed </source>
        <translation> Tempo </translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <source>&amp;Open Recording…</source>
        <translation>Aufzeichnung ö&amp;ffnen…</translation>
    </message>
    <message>
        <source>Connect to &amp;Relay</source>
        <translation>Mit &amp;Relay verbinden</translation>
    </message>
    <message>
        <source>Run on &amp;Demo Data</source>
        <translation>Mit &amp;Demodaten arbeiten</translation>
    </message>
    <message>
        <source>Copy Panel Image</source>
        <translation>Panel-Bild kopieren</translation>
    </message>
    <message>
        <source>Save Panel as PNG…</source>
        <translation>Panel als PNG speichern…</translation>
    </message>
    <message>
        <source>Export Panel as CSV…</source>
        <translation>Panel als CSV exportieren…</translation>
    </message>
    <message>
        <source>Copy Window Image</source>
        <translation>Fensterbild kopieren</translation>
    </message>
    <message>
        <source>Save Window as PNG…</source>
        <translation>Fenster als PNG speichern…</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>&amp;Einstellungen…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <source>&amp;Workspace</source>
        <translation>&amp;Arbeitsbereich</translation>
    </message>
    <message>
        <source>&amp;Saved Workspaces</source>
        <translation>&amp;Gespeicherte Arbeitsbereiche</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Speichern</translation>
    </message>
    <message>
        <source>Workspace &quot;%1&quot; saved to %2</source>
        <translation>Arbeitsbereich „%1“ gespeichert in %2</translation>
    </message>
    <message>
        <source>Save &amp;As…</source>
        <translation>Speichern &amp;unter…</translation>
    </message>
    <message>
        <source>&amp;Rename…</source>
        <translation>&amp;Umbenennen…</translation>
    </message>
    <message>
        <source>Only saved workspaces can be renamed; save this one first.</source>
        <translation>Nur gespeicherte Arbeitsbereiche können umbenannt werden; diesen zuerst speichern.</translation>
    </message>
    <message>
        <source>Rename Workspace</source>
        <translation>Arbeitsbereich umbenennen</translation>
    </message>
    <message>
        <source>New name:</source>
        <translation>Neuer Name:</translation>
    </message>
    <message>
        <source>&amp;Duplicate…</source>
        <translation>&amp;Duplizieren…</translation>
    </message>
    <message>
        <source>Duplicate Workspace</source>
        <translation>Arbeitsbereich duplizieren</translation>
    </message>
    <message>
        <source>Name of the copy:</source>
        <translation>Name der Kopie:</translation>
    </message>
    <message>
        <source>%1 copy</source>
        <translation>%1 Kopie</translation>
    </message>
    <message>
        <source>De&amp;lete…</source>
        <translation>&amp;Löschen…</translation>
    </message>
    <message>
        <source>There are no saved workspaces.</source>
        <translation>Es gibt keine gespeicherten Arbeitsbereiche.</translation>
    </message>
    <message>
        <source>Delete Workspace</source>
        <translation>Arbeitsbereich löschen</translation>
    </message>
    <message>
        <source>Workspace:</source>
        <translation>Arbeitsbereich:</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>&amp;Exportieren…</translation>
    </message>
    <message>
        <source>Export Workspace</source>
        <translation>Arbeitsbereich exportieren</translation>
    </message>
    <message>
        <source>Workspace (*.json)</source>
        <translation>Arbeitsbereich (*.json)</translation>
    </message>
    <message>
        <source>&amp;Import…</source>
        <translation>&amp;Importieren…</translation>
    </message>
    <message>
        <source>Import Workspace</source>
        <translation>Arbeitsbereich importieren</translation>
    </message>
    <message>
        <source>&amp;Alerts</source>
        <translation>A&amp;larme</translation>
    </message>
    <message>
        <source>Edit Alert &amp;Rules…</source>
        <translation>Alarm&amp;regeln bearbeiten…</translation>
    </message>
    <message>
        <source>Show Alerts &amp;Log</source>
        <translation>Alarm&amp;protokoll anzeigen</translation>
    </message>
    <message>
        <source>&amp;Mute Sound and Desktop Notifications</source>
        <translation>Ton und Desktop-Benachrichtigungen &amp;stummschalten</translation>
    </message>
    <message>
        <source>Alerts are still logged; only the beep and the desktop notification stop.</source>
        <translation>Alarme werden weiter protokolliert; nur Signalton und Desktop-Benachrichtigung entfallen.</translation>
    </message>
    <message>
        <source>&amp;Clear Alerts Log</source>
        <translation>Alarmprotokoll &amp;leeren</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <source>&amp;Panels</source>
        <translation>&amp;Panels</translation>
    </message>
    <message>
        <source>&amp;Next Symbol</source>
        <translation>&amp;Nächstes Symbol</translation>
    </message>
    <message>
        <source>&amp;Previous Symbol</source>
        <translation>&amp;Vorheriges Symbol</translation>
    </message>
    <message>
        <source>&amp;Full Screen</source>
        <translation>&amp;Vollbild</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <source>&amp;About FlowDesk</source>
        <translation>&amp;Über FlowDesk</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>Über &amp;Qt</translation>
    </message>
    <message>
        <source>Alert rules of the last session (%1): %2.</source>
        <translation>Alarmregeln der letzten Sitzung (%1): %2.</translation>
    </message>
    <message>
        <source>No relay</source>
        <translation>Kein Relay</translation>
    </message>
    <message>
        <source>No relay answered at %1 within 3 seconds.

Run on built-in demo data instead? Demo data is simulated and labelled DEMO.</source>
        <translation>Unter %1 hat innerhalb von 3 Sekunden kein Relay geantwortet.

Stattdessen mit den eingebauten Demodaten arbeiten? Demodaten sind simuliert und mit DEMO gekennzeichnet.</translation>
    </message>
    <message>
        <source>Use Demo Data</source>
        <translation>Demodaten verwenden</translation>
    </message>
    <message>
        <source>Keep Trying</source>
        <translation>Weiter versuchen</translation>
    </message>
    <message>
        <source>Remember my choice</source>
        <translation>Auswahl merken</translation>
    </message>
    <message>
        <source>Open Recording</source>
        <translation>Aufzeichnung öffnen</translation>
    </message>
    <message>
        <source>Recordings (*.jsonl.gz *.jsonl *.gz);;All files (*)</source>
        <translation>Aufzeichnungen (*.jsonl.gz *.jsonl *.gz);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Record Frames To</source>
        <translation>Frames aufzeichnen nach</translation>
    </message>
    <message>
        <source>Recordings (*.jsonl.gz)</source>
        <translation>Aufzeichnungen (*.jsonl.gz)</translation>
    </message>
    <message>
        <source>The relay refused the connection as unauthorised: set the auth token in Settings.</source>
        <translation>Das Relay hat die Verbindung als nicht autorisiert abgelehnt: Auth-Token in den Einstellungen setzen.</translation>
    </message>
    <message>
        <source>DEMO data</source>
        <translation>DEMO-Daten</translation>
    </message>
    <message>
        <source>REPLAY %1</source>
        <translation>WIEDERGABE %1</translation>
    </message>
    <message>
        <source>not connected</source>
        <translation>nicht verbunden</translation>
    </message>
    <message>
        <source>(no workspace)</source>
        <translation>(kein Arbeitsbereich)</translation>
    </message>
    <message>
        <source>FlowDesk</source>
        <translation>FlowDesk</translation>
    </message>
    <message>
        <source>Panel:</source>
        <translation>Panel:</translation>
    </message>
    <message>
        <source>Save Panel as PNG</source>
        <translation>Panel als PNG speichern</translation>
    </message>
    <message>
        <source>PNG image (*.png)</source>
        <translation>PNG-Bild (*.png)</translation>
    </message>
    <message>
        <source>Could not write %1.</source>
        <translation>%1 konnte nicht geschrieben werden.</translation>
    </message>
    <message>
        <source>Save Window as PNG</source>
        <translation>Fenster als PNG speichern</translation>
    </message>
    <message>
        <source>Export Panel as CSV</source>
        <translation>Panel als CSV exportieren</translation>
    </message>
    <message>
        <source>%1 has nothing tabular to export.</source>
        <translation>%1 hat nichts Tabellarisches zum Exportieren.</translation>
    </message>
    <message>
        <source>CSV (*.csv)</source>
        <translation>CSV (*.csv)</translation>
    </message>
    <message>
        <source>Could not write %1: %2</source>
        <translation>%1 konnte nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>%1 exported to %2</source>
        <translation>%1 exportiert nach %2</translation>
    </message>
    <message>
        <source>Settings saved to %1; theme and language apply after a restart.</source>
        <translation>Einstellungen gespeichert in %1; Design und Sprache gelten nach einem Neustart.</translation>
    </message>
    <message>
        <source>Save Workspace As</source>
        <translation>Arbeitsbereich speichern unter</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>Name:</translation>
    </message>
    <message>
        <source> (mine)</source>
        <translation> (eigener)</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is a built-in workspace; choose another name.</source>
        <translation>„%1“ ist ein eingebauter Arbeitsbereich; bitte einen anderen Namen wählen.</translation>
    </message>
    <message>
        <source>About FlowDesk</source>
        <translation>Über FlowDesk</translation>
    </message>
    <message>
        <source>&lt;h3&gt;FlowDesk %1&lt;/h3&gt;&lt;p&gt;Order-flow terminal for crypto derivatives.&lt;/p&gt;&lt;p&gt;FlowDesk is free software under the GNU General Public License version 3 or later.&lt;/p&gt;&lt;p&gt;Built with:&lt;ul&gt;&lt;li&gt;Qt %2 — LGPL-3.0 / GPL-3.0 (Qt Charts: GPL-3.0)&lt;/li&gt;&lt;li&gt;QCustomPlot — GPL-3.0-or-later&lt;/li&gt;&lt;li&gt;simdjson — Apache-2.0 / MIT&lt;/li&gt;&lt;li&gt;QtKeychain — BSD-2-Clause&lt;/li&gt;&lt;li&gt;zlib — zlib licence&lt;/li&gt;&lt;/ul&gt;&lt;/p&gt;</source>
        <translation>&lt;h3&gt;FlowDesk %1&lt;/h3&gt;&lt;p&gt;Orderflow-Terminal für Krypto-Derivate.&lt;/p&gt;&lt;p&gt;FlowDesk ist freie Software unter der GNU General Public License Version 3 oder später.&lt;/p&gt;&lt;p&gt;Erstellt mit:&lt;ul&gt;&lt;li&gt;Qt %2 — LGPL-3.0 / GPL-3.0 (Qt Charts: GPL-3.0)&lt;/li&gt;&lt;li&gt;QCustomPlot — GPL-3.0-or-later&lt;/li&gt;&lt;li&gt;simdjson — Apache-2.0 / MIT&lt;/li&gt;&lt;li&gt;QtKeychain — BSD-2-Clause&lt;/li&gt;&lt;li&gt;zlib — zlib-Lizenz&lt;/li&gt;&lt;/ul&gt;&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Alert: %1</source>
        <translation>Alarm: %1</translation>
    </message>
    <message>
        <source>Click to open the Alerts Log.</source>
        <translation>Klicken, um das Alarmprotokoll zu öffnen.</translation>
    </message>
</context>
<context>
    <name>fd::MomentumPanel</name>
    <message>
        <source>Symbol</source>
        <translation>Symbol</translation>
    </message>
    <message>
        <source>vs VWAP 5m</source>
        <translation>ggü. VWAP 5 min</translation>
    </message>
    <message>
        <source>Ticks 1m</source>
        <translation>Ticks 1 min</translation>
    </message>
    <message>
        <source>Streak</source>
        <translation>Serie</translation>
    </message>
    <message>
        <source>Trade size</source>
        <translation>Tradegröße</translation>
    </message>
    <message>
        <source>Trades/s</source>
        <translation>Trades/s</translation>
    </message>
    <message>
        <source>Momentum Signals</source>
        <translation>Momentum-Signale</translation>
    </message>
    <message>
        <source>Short-term momentum of the perpetuals.</source>
        <translation>Kurzfristiges Momentum der Perpetuals.</translation>
    </message>
    <message>
        <source>VWAP deviation = (perp reference − VWAP 5m) / VWAP 5m; ticks: tick rule per venue (zero ticks keep the direction), summed; streak on the venue with the most prints in the last minute; size trend = avg taker order 1m / 15m.</source>
        <translation>VWAP-Abweichung = (Perp-Referenz − VWAP 5 min) / VWAP 5 min; Ticks: Tick-Regel je Börse (Null-Ticks behalten die Richtung), summiert; Serie auf der Börse mit den meisten Prints der letzten Minute; Größentrend = durchschn. Taker-Order 1 min / 15 min.</translation>
    </message>
    <message>
        <source>perp trades</source>
        <translation>Perp-Trades</translation>
    </message>
    <message>
        <source>size trend &amp;gt; %1 Increasing, &amp;lt; %2 Decreasing; trades/s HIGH &amp;gt; %3, MEDIUM &amp;gt; %4</source>
        <translation>Größentrend &amp;gt; %1 Steigend, &amp;lt; %2 Fallend; Trades/s HOCH &amp;gt; %3, MITTEL &amp;gt; %4</translation>
    </message>
    <message>
        <source>current tick streak on %1</source>
        <translation>aktuelle Tick-Serie auf %1</translation>
    </message>
    <message>
        <source>no tick direction yet</source>
        <translation>noch keine Tick-Richtung</translation>
    </message>
    <message>
        <source>↑%1 ↓%2 (%3 up)</source>
        <translation>↑%1 ↓%2 (%3 aufw.)</translation>
    </message>
    <message>
        <source>1 minute (VWAP 5 m, size trend 1 m vs 15 m); chart: VWAP deviation and trades/s of the selected symbol, one sample per 5 s, last 15 minutes</source>
        <translation>1 Minute (VWAP 5 min, Größentrend 1 min gegen 15 min); Diagramm: VWAP-Abweichung und Trades/s des gewählten Symbols, ein Wert je 5 s, letzte 15 Minuten</translation>
    </message>
    <message>
        <source>vs VWAP 5m · %1 · collecting (one sample per 5 s)</source>
        <translation>ggü. VWAP 5 min · %1 · sammle (ein Wert je 5 s)</translation>
    </message>
    <message>
        <source>vs VWAP 5m (bars, %) and trades/s (line) · %1 · last %2 min</source>
        <translation>ggü. VWAP 5 min (Balken, %) und Trades/s (Linie) · %1 · letzte %2 min</translation>
    </message>
    <message>
        <source>green: price above its 5 m VWAP; red: below</source>
        <translation>grün: Preis über seinem 5-min-VWAP; rot: darunter</translation>
    </message>
    <message>
        <source>minutes ago</source>
        <translation>Minuten zuvor</translation>
    </message>
    <message>
        <source>vs VWAP %</source>
        <translation>ggü. VWAP %</translation>
    </message>
    <message>
        <source>trades/s</source>
        <translation>Trades/s</translation>
    </message>
    <message>
        <source>%1: average taker order 15 m → 1 m (ratio %2)</source>
        <translation>%1: durchschn. Taker-Order 15 min → 1 min (Verhältnis %2)</translation>
    </message>
</context>
<context>
    <name>fd::OrderflowPanel</name>
    <message>
        <source>Symbol</source>
        <translation>Symbol</translation>
    </message>
    <message>
        <source>Buy share 1m</source>
        <translation>Kaufanteil 1 min</translation>
    </message>
    <message>
        <source>Buy %</source>
        <translation>Kauf %</translation>
    </message>
    <message>
        <source>Net flow</source>
        <translation>Netto-Flow</translation>
    </message>
    <message>
        <source>Imbalance</source>
        <translation>Ungleichgewicht</translation>
    </message>
    <message>
        <source>Trend</source>
        <translation>Trend</translation>
    </message>
    <message>
        <source>Imbalance 15m</source>
        <translation>Ungl. 15 min</translation>
    </message>
    <message>
        <source>Orderflow Imbalance</source>
        <translation>Orderflow-Ungleichgewicht</translation>
    </message>
    <message>
        <source>Who is hitting the market: taker buys vs taker sells on perpetuals, all venues.</source>
        <translation>Wer in den Markt geht: Taker-Käufe gegen Taker-Verkäufe auf Perpetuals, alle Börsen.</translation>
    </message>
    <message>
        <source>buy share = buy USD / (buy + sell) · 100; imbalance = (buy − sell)/(buy + sell) · 100; net flow = (buy − sell) USD per minute.&lt;br&gt;Arrow: z-score of the 1 m imbalance against its last %1 one-minute samples (|z| &amp;lt; 0.5 →, 0.5–1 ↑, 1–2 ↑↑, &amp;gt; 2 ↑↑↑); with fewer than %2 samples fixed steps of 10/25/50 points.</source>
        <translation>Kaufanteil = Kauf-USD / (Kauf + Verkauf) · 100; Ungleichgewicht = (Kauf − Verkauf)/(Kauf + Verkauf) · 100; Netto-Flow = (Kauf − Verkauf) USD pro Minute.&lt;br&gt;Pfeil: z-Wert des 1-min-Ungleichgewichts gegen seine letzten %1 Minutenwerte (|z| &amp;lt; 0.5 →, 0.5–1 ↑, 1–2 ↑↑, &amp;gt; 2 ↑↑↑); mit weniger als %2 Werten feste Stufen von 10/25/50 Punkten.</translation>
    </message>
    <message>
        <source>perp taker prints (side = taker side), price × size in USD</source>
        <translation>Perp-Taker-Prints (Seite = Taker-Seite), Preis × Größe in USD</translation>
    </message>
    <message>
        <source>ACCEL when imbalance 1m &amp;gt; 5m + %1 points, FADING when 1m &amp;lt; 5m − %1 points, else STEADY</source>
        <translation>BESCHLEUNIGT, wenn Ungleichgewicht 1 min &amp;gt; 5 min + %1 Punkte, NACHLASSEND, wenn 1 min &amp;lt; 5 min − %1 Punkte, sonst STETIG</translation>
    </message>
    <message>
        <source>%1 of 10 cells buy</source>
        <translation>%1 von 10 Zellen Kauf</translation>
    </message>
    <message>
        <source>/min</source>
        <translation>/min</translation>
    </message>
    <message>
        <source>buy %1 · sell %2 over 1 m</source>
        <translation>Kauf %1 · Verkauf %2 über 1 min</translation>
    </message>
    <message>
        <source>imbalance 1m %1 points</source>
        <translation>Ungleichgewicht 1 min %1 Punkte</translation>
    </message>
    <message>
        <source>imbalance 1m %1 vs 5m %2</source>
        <translation>Ungleichgewicht 1 min %1 gegen 5 min %2</translation>
    </message>
    <message>
        <source>1 m imbalance per minute, last 15 minutes (%1 minutes with trades)</source>
        <translation>1-min-Ungleichgewicht je Minute, letzte 15 Minuten (%1 Minuten mit Trades)</translation>
    </message>
    <message>
        <source>no complete minute yet</source>
        <translation>noch keine vollständige Minute</translation>
    </message>
    <message>
        <source>1 minute (trend compares with 5 minutes); sparkline: 1 m imbalance per minute, last 15 minutes; chart: 1 m imbalance and perp reference price of the selected symbol, one sample per 5 s, last 15 minutes</source>
        <translation>1 Minute (Trend vergleicht mit 5 Minuten); Sparkline: 1-min-Ungleichgewicht je Minute, letzte 15 Minuten; Diagramm: 1-min-Ungleichgewicht und Perp-Referenzpreis des gewählten Symbols, ein Wert alle 5 s, letzte 15 Minuten</translation>
    </message>
    <message>
        <source>Imbalance 1m · %1 · collecting (one sample per 5 s)</source>
        <translation>Ungleichgewicht 1m · %1 · sammelt (ein Wert alle 5 s)</translation>
    </message>
    <message>
        <source>Imbalance 1m (bars, points) and price (line) · %1 · last %2 min</source>
        <translation>Ungleichgewicht 1m (Balken, Punkte) und Preis (Linie) · %1 · letzte %2 min</translation>
    </message>
    <message>
        <source>green: taker buys dominate the minute before each sample; red: taker sells</source>
        <translation>grün: Taker-Käufe überwiegen in der Minute vor jedem Wert; rot: Taker-Verkäufe</translation>
    </message>
    <message>
        <source>minutes ago</source>
        <translation>vor Minuten</translation>
    </message>
    <message>
        <source>imbalance</source>
        <translation>Ungleichgewicht</translation>
    </message>
    <message>
        <source>price</source>
        <translation>Preis</translation>
    </message>
</context>
<context>
    <name>fd::PanelBase</name>
    <message>
        <source>waiting for data</source>
        <translation>warte auf Daten</translation>
    </message>
    <message>
        <source>waiting for data: no market seen yet</source>
        <translation>warte auf Daten: noch kein Markt gesehen</translation>
    </message>
    <message>
        <source>no data for %1 yet (seen: %2)</source>
        <translation>noch keine Daten für %1 (gesehen: %2)</translation>
    </message>
</context>
<context>
    <name>fd::PanelCatalog</name>
    <message>
        <source>Orderflow Imbalance</source>
        <translation>Orderflow-Ungleichgewicht</translation>
    </message>
    <message>
        <source>Spot vs Perp Basis</source>
        <translation>Spot-Perp-Basis</translation>
    </message>
    <message>
        <source>Liquidation Clusters</source>
        <translation>Liquidationscluster</translation>
    </message>
    <message>
        <source>Funding Momentum</source>
        <translation>Funding-Momentum</translation>
    </message>
    <message>
        <source>Whale Detector</source>
        <translation>Whale-Detektor</translation>
    </message>
    <message>
        <source>CVD Divergence</source>
        <translation>CVD-Divergenz</translation>
    </message>
    <message>
        <source>Smart Money Tracker</source>
        <translation>Smart-Money-Tracker</translation>
    </message>
    <message>
        <source>Exchange Dominance</source>
        <translation>Börsendominanz</translation>
    </message>
    <message>
        <source>Orderbook Depth Imbalance</source>
        <translation>Orderbuch-Tiefenungleichgewicht</translation>
    </message>
    <message>
        <source>Momentum Signals</source>
        <translation>Momentum-Signale</translation>
    </message>
    <message>
        <source>Liquidation Cascade Risk</source>
        <translation>Liquidationskaskaden-Risiko</translation>
    </message>
    <message>
        <source>Market Regime</source>
        <translation>Marktregime</translation>
    </message>
    <message>
        <source>Arbitrage Opportunities</source>
        <translation>Arbitrage-Chancen</translation>
    </message>
    <message>
        <source>Correlation Matrix</source>
        <translation>Korrelationsmatrix</translation>
    </message>
    <message>
        <source>Price &amp; CVD</source>
        <translation>Preis und CVD</translation>
    </message>
    <message>
        <source>Volume Profile</source>
        <translation>Volumenprofil</translation>
    </message>
    <message>
        <source>Signals</source>
        <translation>Signale</translation>
    </message>
    <message>
        <source>Feed Health</source>
        <translation>Feed-Zustand</translation>
    </message>
    <message>
        <source>Alerts Log</source>
        <translation>Alarmprotokoll</translation>
    </message>
</context>
<context>
    <name>fd::PanelDocks</name>
    <message>
        <source>Market Microstructure</source>
        <translation>Marktmikrostruktur</translation>
    </message>
    <message>
        <source>Institutional Flow</source>
        <translation>Institutioneller Flow</translation>
    </message>
    <message>
        <source>Risk &amp; Arbitrage</source>
        <translation>Risiko und Arbitrage</translation>
    </message>
    <message>
        <source>Everything</source>
        <translation>Alles</translation>
    </message>
</context>
<context>
    <name>fd::PlaceholderPanel</name>
    <message>
        <source>Field</source>
        <translation>Feld</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Wert</translation>
    </message>
    <message>
        <source>%1 (%2 view). Placeholder: shows the snapshot fields %3 until the panel itself is available.</source>
        <translation>%1 (Ansicht %2). Platzhalter: zeigt die Snapshot-Felder %3, bis das Panel selbst verfügbar ist.</translation>
    </message>
    <message>
        <source>%1 · snapshot fields (placeholder)</source>
        <translation>%1 · Snapshot-Felder (Platzhalter)</translation>
    </message>
    <message>
        <source>%1 (panel override) · snapshot fields (placeholder)</source>
        <translation>%1 (Panel-Vorgabe) · Snapshot-Felder (Platzhalter)</translation>
    </message>
    <message>
        <source>waiting for the first %1 snapshot</source>
        <translation>warte auf den ersten %1-Snapshot</translation>
    </message>
    <message>
        <source>no data for %1 in this snapshot</source>
        <translation>keine Daten für %1 in diesem Snapshot</translation>
    </message>
</context>
<context>
    <name>fd::PriceCvdPanel</name>
    <message>
        <source>Composite (perp reference price, CVD summed over venues) or one venue</source>
        <translation>Komposit (Perp-Referenzpreis, CVD über Börsen summiert) oder eine Börse</translation>
    </message>
    <message>
        <source>Composite</source>
        <translation>Komposit</translation>
    </message>
    <message>
        <source>Live</source>
        <translation>Live</translation>
    </message>
    <message>
        <source>Follow the newest data (double-click the chart does the same)</source>
        <translation>Den neuesten Daten folgen (Doppelklick ins Diagramm bewirkt dasselbe)</translation>
    </message>
    <message>
        <source>price</source>
        <translation>Preis</translation>
    </message>
    <message>
        <source>CVD $</source>
        <translation>CVD $</translation>
    </message>
    <message>
        <source>time (UTC) · wheel: zoom, drag: pan</source>
        <translation>Zeit (UTC) · Mausrad: Zoom, Ziehen: Verschieben</translation>
    </message>
    <message>
        <source>Price &amp; CVD</source>
        <translation>Preis und CVD</translation>
    </message>
    <message>
        <source>Does the aggressive flow (CVD) confirm the price? Per venue or composite, over the last hour.</source>
        <translation>Bestätigt der aggressive Flow (CVD) den Preis? Je Börse oder als Komposit, über die letzte Stunde.</translation>
    </message>
    <message>
        <source>composite price = perp reference (median of fresh L1 mids, else the last trade) at each bar&apos;s end; venue price = VWAP of its perp prints in the bar (carried over bars without prints). CVD = running Σ signed USD of perp taker prints since start, at each bar&apos;s end; composite = Σ venues.</source>
        <translation>Komposit-Preis = Perp-Referenz (Median frischer L1-Mitten, sonst der letzte Trade) am Ende jedes Balkens; Preis einer Börse = VWAP seiner Perp-Prints im Balken (über Balken ohne Prints fortgeschrieben). CVD = laufende Σ vorzeichenbehafteter USD der Perp-Taker-Prints seit Start, am Ende jedes Balkens; Komposit = Σ Börsen.</translation>
    </message>
    <message>
        <source>perp trades and quotes of every venue for the symbol</source>
        <translation>Perp-Trades und -Kurse aller Börsen für das Symbol</translation>
    </message>
    <message>
        <source>%1 s bars over the last %2 minutes; the newest bar is in progress</source>
        <translation>%1-s-Balken über die letzten %2 Minuten; der neueste Balken läuft noch</translation>
    </message>
    <message>
        <source>none (a chart); wheel zooms and drag pans the time axis, double-click returns to live</source>
        <translation>keine (ein Diagramm); Mausrad zoomt und Ziehen verschiebt die Zeitachse, Doppelklick kehrt zu Live zurück</translation>
    </message>
    <message>
        <source>waiting for perp trades of %1…</source>
        <translation>warte auf Perp-Trades von %1…</translation>
    </message>
    <message>
        <source>composite</source>
        <translation>Komposit</translation>
    </message>
    <message>
        <source>price · %1</source>
        <translation>Preis · %1</translation>
    </message>
    <message>
        <source>CVD · %1</source>
        <translation>CVD · %1</translation>
    </message>
    <message>
        <source>%1 · price %2 · CVD %3</source>
        <translation>%1 · Preis %2 · CVD %3</translation>
    </message>
</context>
<context>
    <name>fd::RegimePanel</name>
    <message>
        <source>Symbol</source>
        <translation>Symbol</translation>
    </message>
    <message>
        <source>Regime</source>
        <translation>Regime</translation>
    </message>
    <message>
        <source>Direction</source>
        <translation>Richtung</translation>
    </message>
    <message>
        <source>Vol</source>
        <translation>Vola</translation>
    </message>
    <message>
        <source>Liquidity</source>
        <translation>Liquidität</translation>
    </message>
    <message>
        <source>Market Regime</source>
        <translation>Marktregime</translation>
    </message>
    <message>
        <source>What kind of market this is, from 1 m bars of the perp reference over 60 minutes.</source>
        <translation>Welche Art von Markt das ist, aus 1-min-Balken der Perp-Referenz über 60 Minuten.</translation>
    </message>
    <message>
        <source>ER = |P_t − P_t−30| / Σ|ΔP| (last 30 bars); RV_n = std of 1 m log returns over n bars × √525600; vol ratio = RV15 / RV60. Liquidity = mean percentile (last hour) of top-of-book USD, 1/spread and trades/s.</source>
        <translation>ER = |P_t − P_t−30| / Σ|ΔP| (letzte 30 Balken); RV_n = Standardabweichung der 1-min-Log-Renditen über n Balken × √525600; Vola-Verhältnis = RV15 / RV60. Liquidität = mittleres Perzentil (letzte Stunde) von Top-of-Book-USD, 1/Spread und Trades/s.</translation>
    </message>
    <message>
        <source>perp reference, L1 quotes, trades; implied vol only from options data (the relay sends none)</source>
        <translation>Perp-Referenz, L1-Kurse, Trades; implizite Vola nur aus Optionsdaten (das Relay sendet keine)</translation>
    </message>
    <message>
        <source>TRENDING ER ≥ %1; VOLATILE ratio &amp;gt; %2 and ER &amp;lt; %3; RANGE-BOUND ER &amp;lt; %4 and ratio &amp;lt; %5; else RANGING. Vol INCREASING &amp;gt; %6, DECREASING &amp;lt; %7. Liquidity THIN &amp;lt; %8, THICK &amp;gt; %9</source>
        <translation>TREND ER ≥ %1; VOLATIL Verhältnis &amp;gt; %2 und ER &amp;lt; %3; IN DER RANGE ER &amp;lt; %4 und Verhältnis &amp;lt; %5; sonst SEITWÄRTS. Vola STEIGEND &amp;gt; %6, FALLEND &amp;lt; %7. Liquidität DÜNN &amp;lt; %8, TIEF &amp;gt; %9</translation>
    </message>
    <message>
        <source>ER %1 · vol ratio %2 · %3 bars</source>
        <translation>ER %1 · Vola-Verhältnis %2 · %3 Balken</translation>
    </message>
    <message>
        <source>percentiles: top of book %1, 1/spread %2, trades %3 (%4 samples)</source>
        <translation>Perzentile: Top of Book %1, 1/Spread %2, Trades %3 (%4 Werte)</translation>
    </message>
    <message>
        <source>warming up %1/%2</source>
        <translation>Aufwärmphase %1/%2</translation>
    </message>
    <message>
        <source>capped by sample sufficiency: %1 of 60 min of 1-minute returns</source>
        <translation>begrenzt durch Datenmenge: %1 von 60 min an 1-Minuten-Renditen</translation>
    </message>
    <message>
        <source>%1 of %2 min of 1-minute bars (%3)</source>
        <translation>%1 von %2 min an 1-Minuten-Balken (%3)</translation>
    </message>
    <message>
        <source>warming up: %1; the regime needs %2 min, full confidence after 60 min</source>
        <translation>Aufwärmphase: %1; das Regime braucht %2 min, volle Konfidenz nach 60 min</translation>
    </message>
    <message>
        <source>Conf.</source>
        <translation>Konf.</translation>
    </message>
    <message>
        <source>RV 15/60m</source>
        <translation>RV 15/60m</translation>
    </message>
    <message>
        <source>IV</source>
        <translation>IV</translation>
    </message>
    <message>
        <source>confidence 0–100</source>
        <translation>Konfidenz 0–100</translation>
    </message>
    <message>
        <source>realised volatility over 15 and 60 minutes, annualised</source>
        <translation>realisierte Volatilität über 15 und 60 Minuten, annualisiert</translation>
    </message>
    <message>
        <source>implied volatility (ATM mark IV from options data)</source>
        <translation>implizite Volatilität (ATM-Mark-IV aus Optionsdaten)</translation>
    </message>
    <message>
        <source>60 minutes of 1 m bars; confidence capped by bars/60; timeline: the regime of each symbol over the last hour, since the panel started</source>
        <translation>60 Minuten 1-min-Balken; Konfidenz begrenzt durch Balken/60; Zeitleiste: das Regime je Symbol in der letzten Stunde, seit das Panel läuft</translation>
    </message>
    <message>
        <source>warming up</source>
        <translation>Aufwärmphase</translation>
    </message>
    <message>
        <source>Regime over the last hour</source>
        <translation>Regime in der letzten Stunde</translation>
    </message>
    <message>
        <source>IV n/a: %1</source>
        <translation>IV k. A.: %1</translation>
    </message>
    <message>
        <source>yellow: ranging or range-bound, red: volatile or trending down, green: trending up, grey: warming up</source>
        <translation>gelb: seitwärts oder in einer Spanne, rot: volatil oder Abwärtstrend, grün: Aufwärtstrend, grau: Aufwärmphase</translation>
    </message>
</context>
<context>
    <name>fd::RegimeTimeline</name>
    <message>
        <source>now</source>
        <translation>jetzt</translation>
    </message>
    <message>
        <source>−%1 min</source>
        <translation>−%1 min</translation>
    </message>
</context>
<context>
    <name>fd::SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <source>Relay URL</source>
        <translation>Relay-URL</translation>
    </message>
    <message>
        <source>unchanged (stored in the OS keychain)</source>
        <translation>unverändert (im Schlüsselbund des Systems gespeichert)</translation>
    </message>
    <message>
        <source>Auth token</source>
        <translation>Auth-Token</translation>
    </message>
    <message>
        <source>OKX perpetual sizes are in contracts (TMP/DEV relay profile)</source>
        <translation>OKX-Perpetual-Größen sind in Kontrakten (Relay-Profil TMP/DEV)</translation>
    </message>
    <message>
        <source>Relay profile</source>
        <translation>Relay-Profil</translation>
    </message>
    <message>
        <source>Extra CA file (PEM)</source>
        <translation>Zusätzliche CA-Datei (PEM)</translation>
    </message>
    <message>
        <source>Relay</source>
        <translation>Relay</translation>
    </message>
    <message>
        <source>Metrics</source>
        <translation>Kennzahlen</translation>
    </message>
    <message>
        <source>Market Microstructure refresh (ms)</source>
        <translation>Aktualisierung Marktmikrostruktur (ms)</translation>
    </message>
    <message>
        <source>Institutional Flow refresh (ms)</source>
        <translation>Aktualisierung Institutioneller Flow (ms)</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>Dunkel</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>Hell</translation>
    </message>
    <message>
        <source>Theme</source>
        <translation>Design</translation>
    </message>
    <message>
        <source>System default</source>
        <translation>Systemstandard</translation>
    </message>
    <message>
        <source>Takes effect when FlowDesk is restarted. Numbers in panels follow the language&apos;s format; exported and saved files do not.</source>
        <translation>Wirkt nach einem Neustart von FlowDesk. Zahlen in Panels folgen dem Format der Sprache, exportierte und gespeicherte Dateien nicht.</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Sprache</translation>
    </message>
    <message>
        <source>Demo speed (× wall time)</source>
        <translation>Demo-Tempo (× Echtzeit)</translation>
    </message>
    <message>
        <source>Demo seed</source>
        <translation>Demo-Startwert</translation>
    </message>
    <message>
        <source>Demo rate multiplier</source>
        <translation>Demo-Ratenfaktor</translation>
    </message>
    <message>
        <source>Replay speed (0 = max)</source>
        <translation>Wiedergabetempo (0 = max.)</translation>
    </message>
    <message>
        <source>Display &amp;&amp; defaults</source>
        <translation>Anzeige &amp;&amp; Standards</translation>
    </message>
    <message>
        <source>Extra CA file: %1 does not exist.</source>
        <translation>Zusätzliche CA-Datei: %1 existiert nicht.</translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; is not a number.</source>
        <translation>%1: „%2“ ist keine Zahl.</translation>
    </message>
    <message>
        <source>%1: must be a whole number.</source>
        <translation>%1: muss eine ganze Zahl sein.</translation>
    </message>
    <message>
        <source>%1: must be a whole number of milliseconds.</source>
        <translation>%1: muss eine ganze Zahl an Millisekunden sein.</translation>
    </message>
    <message>
        <source>%1: not a number.</source>
        <translation>%1: keine Zahl.</translation>
    </message>
    <message>
        <source>Demo rate multiplier: must be above 0 and at most 1000.</source>
        <translation>Demo-Ratenfaktor: muss über 0 und höchstens 1000 sein.</translation>
    </message>
    <message>
        <source>Demo seed: must be a non-negative whole number.</source>
        <translation>Demo-Startwert: muss eine nicht negative ganze Zahl sein.</translation>
    </message>
    <message>
        <source>No keychain available</source>
        <translation>Kein Schlüsselbund verfügbar</translation>
    </message>
    <message>
        <source>No OS keychain service is available, so the relay token cannot be stored securely.

Store it in plain text in %1 (readable by anyone who can read your files)?
If you say No, the token is used for this session only.</source>
        <translation>Es ist kein Schlüsselbund-Dienst des Systems verfügbar, daher kann das Relay-Token nicht sicher gespeichert werden.

Im Klartext in %1 speichern (lesbar für jeden, der Ihre Dateien lesen kann)?
Bei Nein wird das Token nur für diese Sitzung verwendet.</translation>
    </message>
    <message>
        <source>Risk &amp;&amp; Arbitrage refresh (ms)</source>
        <translation>Aktualisierung Risiko &amp;&amp; Arbitrage (ms)</translation>
    </message>
</context>
<context>
    <name>fd::SignalsPanel</name>
    <message>
        <source>Signals</source>
        <translation>Signale</translation>
    </message>
    <message>
        <source>Critical transitions across all symbols, newest first.</source>
        <translation>Kritische Zustandswechsel über alle Symbole, neueste zuerst.</translation>
    </message>
    <message>
        <source>orderflow imbalance beyond ↑↑/↓↓, liquidation cluster DANGER, volume-profile node, basis STEEP or arbitrage, funding EXTREME or ARB, net-flow leader change, cascade risk HIGH, regime change, liquidity THIN, stream stale. A signal fires on a transition.</source>
        <translation>Orderflow-Ungleichgewicht jenseits ↑↑/↓↓, Liquidationscluster GEFAHR, Volumenprofil-Knoten, Basis STEIL oder Arbitrage, Funding EXTREM oder ARB, Wechsel des Netto-Flow-Führers, Kaskadenrisiko HOCH, Regimewechsel, Liquidität DÜNN, Datenstrom veraltet. Ein Signal löst bei einem Zustandswechsel aus.</translation>
    </message>
    <message>
        <source>every metric of the snapshot</source>
        <translation>alle Kennzahlen des Snapshots</translation>
    </message>
    <message>
        <source>the last 200 signals</source>
        <translation>die letzten 200 Signale</translation>
    </message>
    <message>
        <source>each signal uses the thresholds of its metric (see that panel&apos;s ?)</source>
        <translation>jedes Signal nutzt die Schwellenwerte seiner Kennzahl (siehe „?“ des jeweiligen Panels)</translation>
    </message>
    <message>
        <source>critical</source>
        <translation>kritisch</translation>
    </message>
    <message>
        <source>warning</source>
        <translation>Warnung</translation>
    </message>
    <message>
        <source>info</source>
        <translation>Info</translation>
    </message>
    <message>
        <source>waiting for data: no signal yet</source>
        <translation>warte auf Daten: noch kein Signal</translation>
    </message>
</context>
<context>
    <name>fd::SmartMoneyPanel</name>
    <message>
        <source>Symbol</source>
        <translation>Symbol</translation>
    </message>
    <message>
        <source>Net flow 5m</source>
        <translation>Netto-Flow 5 min</translation>
    </message>
    <message>
        <source>Velocity</source>
        <translation>Tempo</translation>
    </message>
    <message>
        <source>Aggr. buy</source>
        <translation>Aggr. Kauf</translation>
    </message>
    <message>
        <source>Aggr. sell</source>
        <translation>Aggr. Verkauf</translation>
    </message>
    <message>
        <source>Buy/sell orders</source>
        <translation>Orders K/V</translation>
    </message>
    <message>
        <source>Buy/sell $</source>
        <translation>$ K/V</translation>
    </message>
    <message>
        <source>Exchange</source>
        <translation>Börse</translation>
    </message>
    <message>
        <source>CVD 1m</source>
        <translation>CVD 1 min</translation>
    </message>
    <message>
        <source>CVD 5m</source>
        <translation>CVD 5 min</translation>
    </message>
    <message>
        <source>CVD 15m</source>
        <translation>CVD 15 min</translation>
    </message>
    <message>
        <source>CVD session</source>
        <translation>CVD Sitzung</translation>
    </message>
    <message>
        <source>Relay CVD</source>
        <translation>Relay-CVD</translation>
    </message>
    <message>
        <source>Smart Money Tracker</source>
        <translation>Smart-Money-Tracker</translation>
    </message>
    <message>
        <source>Net aggressive flow and who is the aggressor, per symbol and per exchange (perpetuals).</source>
        <translation>Netto-Aggressor-Flow und wer der Aggressor ist, je Symbol und je Börse (Perpetuals).</translation>
    </message>
    <message>
        <source>net flow = Σ buy taker USD − Σ sell taker USD; velocity = net flow per minute (5 m / 5); aggressor buy % = buy taker orders / all taker orders; ratio = buy orders / sell orders (and by USD). CVD per exchange = running Σ signed USD of perp taker prints; the relay&apos;s own CVD stream is shown as a cross-check (increments, resets detected).</source>
        <translation>Netto-Flow = Σ Taker-Kauf-USD − Σ Taker-Verkauf-USD; Tempo = Netto-Flow pro Minute (5 min / 5); Aggressor-Kauf % = Taker-Kauforders / alle Taker-Orders; Verhältnis = Kauforders / Verkaufsorders (und nach USD). CVD je Börse = laufende Σ vorzeichenbehafteter USD der Perp-Taker-Prints; der eigene CVD-Strom des Relays wird zur Gegenprobe angezeigt (Inkremente, erkannte Resets).</translation>
    </message>
    <message>
        <source>perp taker prints; taker orders = prints with the same market, side and ms timestamp</source>
        <translation>Perp-Taker-Prints; Taker-Orders = Prints mit gleichem Markt, gleicher Seite und gleichem ms-Zeitstempel</translation>
    </message>
    <message>
        <source>arrow |z| &amp;lt; 0.5 →, 0.5–1 ↑, 1–2 ↑↑, &amp;gt; 2 ↑↑↑</source>
        <translation>Pfeil |z| &amp;lt; 0.5 →, 0.5–1 ↑, 1–2 ↑↑, &amp;gt; 2 ↑↑↑</translation>
    </message>
    <message>
        <source>buy %1 · sell %2</source>
        <translation>Kauf %1 · Verkauf %2</translation>
    </message>
    <message>
        <source>/min</source>
        <translation>/min</translation>
    </message>
    <message>
        <source>%1 buy / %2 sell taker orders</source>
        <translation>%1 Kauf- / %2 Verkaufs-Taker-Orders</translation>
    </message>
    <message>
        <source>Per-exchange CVD · %1</source>
        <translation>CVD je Börse · %1</translation>
    </message>
    <message>
        <source> (%1 resets)</source>
        <translation> (%1 Resets)</translation>
    </message>
    <message>
        <source>relay cumulative_volume_delta increments, %1 messages</source>
        <translation>cumulative_volume_delta-Inkremente des Relays, %1 Nachrichten</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Gesamt</translation>
    </message>
    <message>
        <source>corr %1</source>
        <translation>Korr. %1</translation>
    </message>
    <message>
        <source>mean pairwise Pearson of 1 s CVD increments between venues, 5 m</source>
        <translation>mittlere paarweise Pearson-Korrelation der 1-s-CVD-Inkremente zwischen Börsen, 5 min</translation>
    </message>
    <message>
        <source>5 minutes (arrow: 1 m imbalance against its last 60 one-minute samples); chart: net flow 5m of the selected symbol, one sample per 10 s, last 15 minutes</source>
        <translation>5 Minuten (Pfeil: 1-min-Ungleichgewicht gegen seine letzten 60 Minutenwerte); Diagramm: Netto-Flow 5 min des gewählten Symbols, ein Wert je 10 s, letzte 15 Minuten</translation>
    </message>
    <message>
        <source>Net flow 5m · %1 · collecting (one sample per 10 s)</source>
        <translation>Netto-Flow 5 min · %1 · sammle (ein Wert je 10 s)</translation>
    </message>
    <message>
        <source>Net flow 5m · %1 · last %2 min</source>
        <translation>Netto-Flow 5 min · %1 · letzte %2 min</translation>
    </message>
    <message>
        <source>positive: taker buys exceed taker sells over the 5 minutes before each sample</source>
        <translation>positiv: Taker-Käufe übersteigen Taker-Verkäufe in den 5 Minuten vor jedem Wert</translation>
    </message>
    <message>
        <source>minutes ago</source>
        <translation>Minuten zuvor</translation>
    </message>
    <message>
        <source>net flow %1</source>
        <translation>Netto-Flow %1</translation>
    </message>
</context>
<context>
    <name>fd::StatusIndicators</name>
    <message>
        <source>– msgs/s</source>
        <translation>– Nachr./s</translation>
    </message>
    <message>
        <source>skew n/a</source>
        <translation>Versatz k. A.</translation>
    </message>
    <message>
        <source>DEMO</source>
        <translation>DEMO</translation>
    </message>
    <message>
        <source>REPLAY</source>
        <translation>WIEDERGABE</translation>
    </message>
    <message>
        <source>Reconnecting in %1 s</source>
        <translation>Neuverbindung in %1 s</translation>
    </message>
    <message>
        <source>Unauthorised — check the auth token</source>
        <translation>Nicht autorisiert – Auth-Token prüfen</translation>
    </message>
    <message>
        <source>%1 msgs/s</source>
        <translation>%1 Nachr./s</translation>
    </message>
    <message>
        <source>skew n/a (simulated or replayed clock)</source>
        <translation>Versatz k. A. (simulierte oder wiedergegebene Uhr)</translation>
    </message>
    <message>
        <source>skew %1 ms (p95 %2 ms)</source>
        <translation>Versatz %1 ms (p95 %2 ms)</translation>
    </message>
    <message>
        <source>%1: %2 streams, %3 stale — click for Feed Health</source>
        <translation>%1: %2 Datenströme, %3 veraltet – Klick für Feed-Zustand</translation>
    </message>
    <message>
        <source>● REC</source>
        <translation>● REC</translation>
    </message>
    <message>
        <source>Recording to %1</source>
        <translation>Aufzeichnung nach %1</translation>
    </message>
</context>
<context>
    <name>fd::TokenStore</name>
    <message>
        <source>token removed (%1)</source>
        <translation>Token entfernt (%1)</translation>
    </message>
    <message>
        <source>stored in plain text in %1 (%2)</source>
        <translation>im Klartext gespeichert in %1 (%2)</translation>
    </message>
    <message>
        <source>not stored: no keychain (%1) and storing it in %2 was declined</source>
        <translation>nicht gespeichert: kein Schlüsselbund (%1), und das Speichern in %2 wurde abgelehnt</translation>
    </message>
    <message>
        <source>no keychain service</source>
        <translation>kein Schlüsselbund-Dienst</translation>
    </message>
    <message>
        <source>OS keychain</source>
        <translation>Schlüsselbund des Systems</translation>
    </message>
    <message>
        <source>the keychain did not answer</source>
        <translation>der Schlüsselbund hat nicht geantwortet</translation>
    </message>
</context>
<context>
    <name>fd::VolumeProfilePanel</name>
    <message>
        <source>15 m</source>
        <translation>15 min</translation>
    </message>
    <message>
        <source>1 h</source>
        <translation>1 h</translation>
    </message>
    <message>
        <source>USD traded (perp taker prints)</source>
        <translation>Gehandelte USD (Perp-Taker-Prints)</translation>
    </message>
    <message>
        <source>price</source>
        <translation>Preis</translation>
    </message>
    <message>
        <source>buy</source>
        <translation>Kauf</translation>
    </message>
    <message>
        <source>sell</source>
        <translation>Verkauf</translation>
    </message>
    <message>
        <source>Volume Profile</source>
        <translation>Volumenprofil</translation>
    </message>
    <message>
        <source>Where the volume traded: the price levels the market accepted.</source>
        <translation>Wo das Volumen gehandelt wurde: die Preisniveaus, die der Markt akzeptiert hat.</translation>
    </message>
    <message>
        <source>per price bucket [floor(price/step)·step, +step) the USD (price · qty) of perp taker prints, buy vs sell by taker side. POC (point of control) = the bucket with the most USD. Value area = from the POC, add the neighbouring bucket with more USD until the area holds %1 % of the window.</source>
        <translation>je Preisstufe [floor(Preis/Schritt)·Schritt, +Schritt) die USD (Preis · Menge) der Perp-Taker-Prints, Kauf gegen Verkauf nach Taker-Seite. POC (Point of Control) = die Stufe mit den meisten USD. Value Area = ab dem POC jeweils die Nachbarstufe mit mehr USD hinzunehmen, bis der Bereich %1 % des Zeitfensters enthält.</translation>
    </message>
    <message>
        <source>perp trades of every venue for the symbol</source>
        <translation>Perp-Trades aller Börsen für das Symbol</translation>
    </message>
    <message>
        <source>15 minutes or 1 hour (toggle); step = the round step (1, 2, 5 × 10^k) nearest to %1 % of the session&apos;s first perp price (%2 now)</source>
        <translation>15 Minuten oder 1 Stunde (umschaltbar); Schritt = der runde Schritt (1, 2, 5 × 10^k), der %1 % des ersten Perp-Preises der Sitzung am nächsten liegt (derzeit %2)</translation>
    </message>
    <message>
        <source>value area %1 %; the signal feed reports a new 15 m POC (volume-profile node)</source>
        <translation>Value Area %1 %; der Signal-Feed meldet einen neuen 15-min-POC (Volumenprofil-Knoten)</translation>
    </message>
    <message>
        <source>waiting for perp trades of %1 in the last %2…</source>
        <translation>warte auf Perp-Trades von %1 in den letzten %2…</translation>
    </message>
    <message>
        <source>POC %1–%2 · %3</source>
        <translation>POC %1–%2 · %3</translation>
    </message>
    <message>
        <source>point of control: the price bucket with the most USD in the last %1</source>
        <translation>Point of Control: die Preisstufe mit den meisten USD in den letzten %1</translation>
    </message>
    <message>
        <source>VA %1 %: %2–%3</source>
        <translation>VA %1 %: %2–%3</translation>
    </message>
    <message>
        <source>value area: %1 of %2 around the POC</source>
        <translation>Value Area: %1 von %2 um den POC</translation>
    </message>
    <message>
        <source>%1 · %2 buckets of %3</source>
        <translation>%1 · %2 Preisstufen à %3</translation>
    </message>
    <message>
        <source>last %1</source>
        <translation>letzte %1</translation>
    </message>
    <message>
        <source>15 minutes</source>
        <translation>15 Minuten</translation>
    </message>
    <message>
        <source>hour</source>
        <translation>Stunde</translation>
    </message>
</context>
<context>
    <name>fd::WhaleModel</name>
    <message>
        <source>Time</source>
        <translation>Zeit</translation>
    </message>
    <message>
        <source>Symbol</source>
        <translation>Symbol</translation>
    </message>
    <message>
        <source>Side</source>
        <translation>Seite</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Wert</translation>
    </message>
    <message>
        <source>Price</source>
        <translation>Preis</translation>
    </message>
    <message>
        <source>Venue</source>
        <translation>Börse</translation>
    </message>
    <message>
        <source>%1 prints · %2 %3 · tier %4%5</source>
        <translation>%1 Prints · %2 %3 · Stufe %4%5</translation>
    </message>
    <message>
        <source> · size outlier (&gt; mean + 3σ of log size, 15 m)</source>
        <translation> · Größenausreißer (&gt; Mittelwert + 3σ der Log-Größe, 15 min)</translation>
    </message>
    <message>
        <source> spot</source>
        <translation> Spot</translation>
    </message>
    <message>
        <source>BUY</source>
        <translation>Kauf</translation>
    </message>
    <message>
        <source>SELL</source>
        <translation>Verkauf</translation>
    </message>
    <message>
        <source> perp</source>
        <translation> Perp</translation>
    </message>
    <message>
        <source>outlier</source>
        <translation>Ausreißer</translation>
    </message>
</context>
<context>
    <name>fd::WhalesPanel</name>
    <message>
        <source>All symbols</source>
        <translation>Alle Symbole</translation>
    </message>
    <message>
        <source>Both sides</source>
        <translation>Beide Seiten</translation>
    </message>
    <message>
        <source>Buys</source>
        <translation>Käufe</translation>
    </message>
    <message>
        <source>Sells</source>
        <translation>Verkäufe</translation>
    </message>
    <message>
        <source>All venues</source>
        <translation>Alle Börsen</translation>
    </message>
    <message>
        <source>Minimum taker order value shown</source>
        <translation>Mindestwert der angezeigten Taker-Orders</translation>
    </message>
    <message>
        <source>Whale Detector</source>
        <translation>Whale-Detektor</translation>
    </message>
    <message>
        <source>Large aggressive orders, newest first (all symbols unless filtered).</source>
        <translation>Große aggressive Orders, neueste zuerst (alle Symbole, sofern nicht gefiltert).</translation>
    </message>
    <message>
        <source>taker order = consecutive prints with the same market, side and exchange timestamp (ms); value = Σ price · size in USD</source>
        <translation>Taker-Order = aufeinanderfolgende Prints mit gleichem Markt, gleicher Seite und gleichem Börsenzeitstempel (ms); Wert = Σ Preis · Größe in USD</translation>
    </message>
    <message>
        <source>trades of every venue, perp and spot</source>
        <translation>Trades aller Börsen, Perp und Spot</translation>
    </message>
    <message>
        <source>the recent orders the engine keeps (up to 200)</source>
        <translation>die letzten Orders, die die Engine vorhält (bis zu 200)</translation>
    </message>
    <message>
        <source>shown ≥ %1 (setting of this panel); whale tier %2; ⚠ MEGA ≥ %3; outlier &amp;gt; mean + %4σ of log size over 15 m</source>
        <translation>angezeigt ≥ %1 (Einstellung dieses Panels); Whale-Stufe %2; ⚠ MEGA ≥ %3; Ausreißer &amp;gt; Mittelwert + %4σ der Log-Größe über 15 min</translation>
    </message>
    <message>
        <source>waiting for data: no taker order ≥ %1 yet</source>
        <translation>warte auf Daten: noch keine Taker-Order ≥ %1</translation>
    </message>
    <message>
        <source>no taker order ≥ %1 matches the filters</source>
        <translation>keine Taker-Order ≥ %1 passt zu den Filtern</translation>
    </message>
    <message>
        <source>%1 orders · %2 ⚠</source>
        <translation>%1 Orders · %2 ⚠</translation>
    </message>
</context>
<context>
    <name>fd::WorkspaceManager</name>
    <message>
        <source>it cannot be opened (%1)</source>
        <translation>sie kann nicht geöffnet werden (%1)</translation>
    </message>
    <message>
        <source>it is empty</source>
        <translation>sie ist leer</translation>
    </message>
    <message>
        <source>it is not valid JSON (%1 at byte %2; truncated or corrupt)</source>
        <translation>sie ist kein gültiges JSON (%1 bei Byte %2; abgeschnitten oder beschädigt)</translation>
    </message>
    <message>
        <source>it is not a workspace (no JSON object)</source>
        <translation>sie ist kein Arbeitsbereich (kein JSON-Objekt)</translation>
    </message>
    <message>
        <source>it is not a FlowDesk workspace (format &quot;%1&quot;)</source>
        <translation>sie ist kein FlowDesk-Arbeitsbereich (Format „%1“)</translation>
    </message>
    <message>
        <source>it has no valid schemaVersion</source>
        <translation>sie hat keine gültige schemaVersion</translation>
    </message>
    <message>
        <source>it was written by a newer FlowDesk (workspace format %1; this version reads up to %2)</source>
        <translation>sie wurde von einem neueren FlowDesk geschrieben (Arbeitsbereichsformat %1; diese Version liest bis %2)</translation>
    </message>
    <message>
        <source>it has no dock state</source>
        <translation>sie hat keinen Dock-Zustand</translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>The workspace file %1 could not be loaded: %2. The default workspace &quot;%3&quot; is shown instead.</source>
        <translation>Die Arbeitsbereichsdatei %1 konnte nicht geladen werden: %2. Stattdessen wird der Standard-Arbeitsbereich „%3“ angezeigt.</translation>
    </message>
    <message>
        <source>The file was kept as %1.</source>
        <translation>Die Datei wurde als %1 aufbewahrt.</translation>
    </message>
    <message>
        <source>its dock state is unreadable or from another layout version</source>
        <translation>ihr Dock-Zustand ist unlesbar oder stammt aus einer anderen Layout-Version</translation>
    </message>
    <message>
        <source>The workspace %1 mentions panels this version does not have (%2); they were skipped.</source>
        <translation>Der Arbeitsbereich %1 nennt Panels, die diese Version nicht hat (%2); sie wurden übersprungen.</translation>
    </message>
    <message>
        <source>Alert rules in %1: %2.</source>
        <translation>Alarmregeln in %1: %2.</translation>
    </message>
    <message>
        <source>a workspace needs a name</source>
        <translation>ein Arbeitsbereich braucht einen Namen</translation>
    </message>
    <message>
        <source>it does not exist</source>
        <translation>sie existiert nicht</translation>
    </message>
    <message>
        <source>cannot read &quot;%1&quot;: %2</source>
        <translation>„%1“ kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is empty or already taken</source>
        <translation>„%1“ ist leer oder bereits vergeben</translation>
    </message>
    <message>
        <source>&quot;%1&quot; does not exist</source>
        <translation>„%1“ existiert nicht</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a saved workspace</source>
        <translation>„%1“ ist kein gespeicherter Arbeitsbereich</translation>
    </message>
    <message>
        <source>cannot delete %1</source>
        <translation>%1 kann nicht gelöscht werden</translation>
    </message>
    <message>
        <source>The workspace file %1 could not be imported: %2.</source>
        <translation>Die Arbeitsbereichsdatei %1 konnte nicht importiert werden: %2.</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>choose one of --relay, --demo and --replay</source>
        <translation>nur eine der Optionen --relay, --demo und --replay wählen</translation>
    </message>
    <message>
        <source>the relay URL must start with ws:// or wss://</source>
        <translation>die Relay-URL muss mit ws:// oder wss:// beginnen</translation>
    </message>
    <message>
        <source>--speed takes a positive number or &apos;max&apos;</source>
        <translation>--speed erwartet eine positive Zahl oder &apos;max&apos;</translation>
    </message>
    <message>
        <source>FlowDesk — order-flow terminal for crypto derivatives</source>
        <translation>FlowDesk – Orderflow-Terminal für Krypto-Derivate</translation>
    </message>
    <message>
        <source>No window: run the engine and write snapshots as JSON lines.</source>
        <translation>Ohne Fenster: die Engine ausführen und Snapshots als JSON-Zeilen schreiben.</translation>
    </message>
    <message>
        <source>Relay URL (default ws://127.0.0.1:9001).</source>
        <translation>Relay-URL (Standard ws://127.0.0.1:9001).</translation>
    </message>
    <message>
        <source>Relay auth token.</source>
        <translation>Auth-Token für das Relay.</translation>
    </message>
    <message>
        <source>Run on the built-in market simulator (labelled DEMO).</source>
        <translation>Mit dem eingebauten Marktsimulator arbeiten (als DEMO gekennzeichnet).</translation>
    </message>
    <message>
        <source>Demo simulator seed.</source>
        <translation>Startwert des Demo-Simulators.</translation>
    </message>
    <message>
        <source>Demo simulator rate multiplier.</source>
        <translation>Ratenfaktor des Demo-Simulators.</translation>
    </message>
    <message>
        <source>Replay a recording (gzip JSON lines) or a relay JSON-lines file.</source>
        <translation>Eine Aufzeichnung (gzip-JSON-Zeilen) oder eine Relay-JSON-Lines-Datei wiedergeben.</translation>
    </message>
    <message>
        <source>Demo/replay speed: 1, 10, 60 … or max.</source>
        <translation>Demo-/Wiedergabetempo: 1, 10, 60 … oder max.</translation>
    </message>
    <message>
        <source>Record the raw frames to a gzip JSON-lines file.</source>
        <translation>Die Rohframes in eine gzip-JSON-Lines-Datei aufzeichnen.</translation>
    </message>
    <message>
        <source>Headless output file, or - for stdout.</source>
        <translation>Ausgabedatei ohne Fenster, oder - für die Standardausgabe.</translation>
    </message>
    <message>
        <source>Headless: stop after S seconds.</source>
        <translation>Ohne Fenster: nach S Sekunden anhalten.</translation>
    </message>
    <message>
        <source>Headless views: micro,flow,risk,health.</source>
        <translation>Ansichten ohne Fenster: micro,flow,risk,health.</translation>
    </message>
    <message>
        <source>Publish when the event clock crosses each period (deterministic output).</source>
        <translation>Veröffentlichen, wenn die Ereignisuhr jede Periode überschreitet (deterministische Ausgabe).</translation>
    </message>
    <message>
        <source>Build the window, apply each built-in workspace, then exit 0 (for tests).</source>
        <translation>Das Fenster aufbauen, jeden eingebauten Arbeitsbereich anwenden, dann mit 0 beenden (für Tests).</translation>
    </message>
    <message>
        <source>User interface language for this run: en, de or zh_CN (default: the one chosen in Settings, else the system&apos;s).</source>
        <translation>Sprache der Oberfläche für diesen Lauf: en, de oder zh_CN (Standard: die in den Einstellungen gewählte, sonst die des Systems).</translation>
    </message>
    <message>
        <source>--duration takes a positive number of seconds.</source>
        <translation>--duration erwartet eine positive Anzahl Sekunden.</translation>
    </message>
    <message>
        <source>cannot create %1.</source>
        <translation>%1 kann nicht angelegt werden.</translation>
    </message>
    <message>
        <source>unknown view &apos;%1&apos; (use micro, flow, risk, health).</source>
        <translation>unbekannte Ansicht &apos;%1&apos; (micro, flow, risk, health verwenden).</translation>
    </message>
    <message>
        <source>the recording %1 does not exist.</source>
        <translation>die Aufzeichnung %1 existiert nicht.</translation>
    </message>
    <message>
        <source>cannot write %1: %2.</source>
        <translation>%1 kann nicht geschrieben werden: %2.</translation>
    </message>
    <message>
        <source>the relay refused the connection as unauthorised (check the auth token): %1</source>
        <translation>das Relay hat die Verbindung als nicht autorisiert abgelehnt (Auth-Token prüfen): %1</translation>
    </message>
    <message>
        <source>could not reach the relay at %1 within %2 s</source>
        <translation>das Relay unter %1 war innerhalb von %2 s nicht erreichbar</translation>
    </message>
    <message>
        <source>Colour theme for this run: dark or light.</source>
        <translation>Farbschema für diesen Lauf: dark oder light.</translation>
    </message>
    <message>
        <source>--theme takes dark or light</source>
        <translation>--theme erwartet dark oder light</translation>
    </message>
    <message>
        <source>Run on demo data, save a PNG of each built-in workspace and of every panel into DIR, then exit.</source>
        <translation>Mit Demodaten arbeiten, ein PNG jedes eingebauten Arbeitsbereichs und jedes Panels in DIR speichern, dann beenden.</translation>
    </message>
</context>
</TS>
