<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>Alerts</name>
    <message>
        <source>Whale order ≥ X</source>
        <translation>巨鲸订单 ≥ X</translation>
    </message>
    <message>
        <source>Mega whale order</source>
        <translation>超级巨鲸订单</translation>
    </message>
    <message>
        <source>Cascade risk ≥ Y</source>
        <translation>连环爆仓风险 ≥ Y</translation>
    </message>
    <message>
        <source>Liquidation cluster DANGER</source>
        <translation>爆仓密集区 危险</translation>
    </message>
    <message>
        <source>Funding EXTREME or ARB</source>
        <translation>资金费率 极端 或 套利</translation>
    </message>
    <message>
        <source>Basis STEEP or arbitrage</source>
        <translation>基差 陡峭 或 套利</translation>
    </message>
    <message>
        <source>Regime change</source>
        <translation>市场状态切换</translation>
    </message>
    <message>
        <source>Liquidity THIN</source>
        <translation>流动性 稀薄</translation>
    </message>
    <message>
        <source>Any stream stale</source>
        <translation>任一数据流过期</translation>
    </message>
    <message>
        <source>Relay disconnected &gt; N s</source>
        <translation>中继断开 &gt; N 秒</translation>
    </message>
    <message>
        <source>a string</source>
        <translation>字符串</translation>
    </message>
    <message>
        <source>true or false</source>
        <translation>true 或 false</translation>
    </message>
    <message>
        <source>a number</source>
        <translation>数字</translation>
    </message>
    <message numerus="yes">
        <source>%n whale orders</source>
        <translation>
            <numerusform>%n 笔巨鲸订单</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n mega whale orders</source>
        <translation>
            <numerusform>%n 笔超级巨鲸订单</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n cascade risk alerts</source>
        <translation>
            <numerusform>%n 条连环爆仓风险警报</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n liquidation DANGER alerts</source>
        <translation>
            <numerusform>%n 条爆仓危险警报</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n funding alerts</source>
        <translation>
            <numerusform>%n 条资金费率警报</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n basis alerts</source>
        <translation>
            <numerusform>%n 条基差警报</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n regime changes</source>
        <translation>
            <numerusform>%n 次市场状态切换</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n thin-liquidity alerts</source>
        <translation>
            <numerusform>%n 条流动性稀薄警报</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n stale-stream alerts</source>
        <translation>
            <numerusform>%n 条数据流过期警报</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n relay disconnections</source>
        <translation>
            <numerusform>%n 次中继断开</numerusform>
        </translation>
    </message>
    <message>
        <source>buy</source>
        <translation>买入</translation>
    </message>
    <message>
        <source>sell</source>
        <translation>卖出</translation>
    </message>
    <message>
        <source>%1 on %2 %3 at %4</source>
        <translation>%1，%2 %3，价格 %4</translation>
    </message>
    <message>
        <source>Cascade risk %1 (%2) ≥ %3</source>
        <translation>连环爆仓风险 %1（%2）≥ %3</translation>
    </message>
    <message>
        <source>; next cascade level %1 (%2 from price)</source>
        <translation>；下一爆仓位 %1（距现价 %2）</translation>
    </message>
    <message>
        <source>Funding EXTREME: %1</source>
        <translation>资金费率 极端：%1</translation>
    </message>
    <message>
        <source>Funding ARB: cross-venue differential %1</source>
        <translation>资金费率 套利：跨交易所差值 %1</translation>
    </message>
    <message>
        <source>Basis STEEP: %1 (%2)</source>
        <translation>基差 陡峭：%1（%2）</translation>
    </message>
    <message>
        <source>Basis arbitrage: %1 (%2)</source>
        <translation>基差套利：%1（%2）</translation>
    </message>
    <message>
        <source>Regime %1 → %2 (%3, confidence %4)</source>
        <translation>市场状态 %1 → %2（%3，置信度 %4）</translation>
    </message>
    <message>
        <source>Liquidity THIN: score %1 of 100</source>
        <translation>流动性 稀薄：评分 %1 / 100</translation>
    </message>
    <message>
        <source>Stream stale: %1 %2 %3 %4, no message for %5 s</source>
        <translation>数据流过期：%1 %2 %3 %4，已 %5 秒无消息</translation>
    </message>
    <message>
        <source>Relay disconnected for %1 s (%2)</source>
        <translation>中继已断开 %1 秒（%2）</translation>
    </message>
    <message>
        <source>Relay disconnected for %1 s (%2: %3)</source>
        <translation>中继已断开 %1 秒（%2：%3）</translation>
    </message>
    <message>
        <source>%1 in %2 s</source>
        <translation>%1，%2 秒内</translation>
    </message>
    <message>
        <source>, largest %1</source>
        <translation>，最大 %1</translation>
    </message>
    <message>
        <source>; latest: %1</source>
        <translation>；最新：%1</translation>
    </message>
    <message>
        <source>info</source>
        <translation>信息</translation>
    </message>
    <message>
        <source>warning</source>
        <translation>警告</translation>
    </message>
    <message>
        <source>critical</source>
        <translation>严重</translation>
    </message>
    <message>
        <source>Minimum order (USD)</source>
        <translation>最小订单（USD）</translation>
    </message>
    <message>
        <source>Minimum score (0–100)</source>
        <translation>最低评分（0–100）</translation>
    </message>
    <message>
        <source>Disconnected for more than (s)</source>
        <translation>断开超过（秒）</translation>
    </message>
    <message>
        <source>Whale ≥ %1</source>
        <translation>巨鲸 ≥ %1</translation>
    </message>
    <message>
        <source>Mega whale</source>
        <translation>超级巨鲸</translation>
    </message>
    <message>
        <source>Cascade risk ≥ %1</source>
        <translation>连环爆仓风险 ≥ %1</translation>
    </message>
    <message>
        <source>Funding EXTREME/ARB</source>
        <translation>资金费率 极端/套利</translation>
    </message>
    <message>
        <source>Basis STEEP/arbitrage</source>
        <translation>基差 陡峭/套利</translation>
    </message>
    <message>
        <source>Stream stale</source>
        <translation>数据流过期</translation>
    </message>
    <message>
        <source>Relay disconnected &gt; %1 s</source>
        <translation>中继断开 &gt; %1 秒</translation>
    </message>
    <message>
        <source>the rule has no id (or one longer than 64 characters)</source>
        <translation>规则没有 ID（或 ID 超过 64 个字符）</translation>
    </message>
    <message>
        <source>the name is longer than 80 characters</source>
        <translation>名称超过 80 个字符</translation>
    </message>
    <message>
        <source>symbol &quot;%1&quot; is not a base asset (1–15 capital letters or digits, e.g. BTC), or leave it empty for any symbol</source>
        <translation>品种“%1”不是基础资产（1–15 个大写字母或数字，如 BTC）；留空表示任意品种</translation>
    </message>
    <message>
        <source>the cool-down must be 0–%1 s, not %2 s</source>
        <translation>冷却时间必须为 0–%1 秒，而不是 %2 秒</translation>
    </message>
    <message>
        <source>the threshold is not a number</source>
        <translation>阈值不是数字</translation>
    </message>
    <message>
        <source>the minimum order must be more than $0 and at most $100B, not %1</source>
        <translation>最小订单必须大于 $0 且不超过 $100B，而不是 %1</translation>
    </message>
    <message>
        <source>the cascade risk score runs 0–100: the minimum must be above 0 and at most 100, not %1</source>
        <translation>连环爆仓风险评分范围为 0–100：最低值必须大于 0 且不超过 100，而不是 %1</translation>
    </message>
    <message>
        <source>the disconnection time must be 1–%1 s, not %2</source>
        <translation>断开时长必须为 1–%1 秒，而不是 %2</translation>
    </message>
    <message>
        <source>it has no kind</source>
        <translation>缺少类型</translation>
    </message>
    <message>
        <source>unknown kind &quot;%1&quot;</source>
        <translation>未知类型“%1”</translation>
    </message>
    <message>
        <source>&quot;%1&quot; must be %2</source>
        <translation>“%1”必须是%2</translation>
    </message>
    <message>
        <source>the cool-down must be a whole number of seconds 0–%1, not %2</source>
        <translation>冷却时间必须是 0–%1 之间的整数秒，而不是 %2</translation>
    </message>
    <message>
        <source>the alert rules are unreadable (%1); the default rules are used</source>
        <translation>警报规则无法读取（%1）；已使用默认规则</translation>
    </message>
    <message>
        <source>not a JSON object</source>
        <translation>不是 JSON 对象</translation>
    </message>
    <message>
        <source>no valid version</source>
        <translation>没有有效的版本</translation>
    </message>
    <message>
        <source>written by a newer FlowDesk: rules format %1, this version reads %2</source>
        <translation>由较新版本的 FlowDesk 写入：规则格式 %1，本版本可读取 %2</translation>
    </message>
    <message>
        <source>no rule list</source>
        <translation>没有规则列表</translation>
    </message>
    <message>
        <source>alert rule %1%2 was skipped: %3</source>
        <translation>警报规则 %1%2 已跳过：%3</translation>
    </message>
    <message>
        <source>DANGER ZONE %1–%2: %3 liquidated in 15 m (threshold %4)</source>
        <translation>危险区 %1–%2：15 分钟内爆仓 %3（阈值 %4）</translation>
    </message>
    <message>
        <source>Liquidation DANGER</source>
        <translation>爆仓 危险</translation>
    </message>
</context>
<context>
    <name>Metrics</name>
    <message>
        <source>not_json</source>
        <translation>非 JSON</translation>
    </message>
    <message>
        <source>not_object</source>
        <translation>非对象</translation>
    </message>
    <message>
        <source>missing_field</source>
        <translation>缺少字段</translation>
    </message>
    <message>
        <source>wrong_type</source>
        <translation>类型错误</translation>
    </message>
    <message>
        <source>out_of_range</source>
        <translation>超出范围</translation>
    </message>
    <message>
        <source>too_large</source>
        <translation>过大</translation>
    </message>
    <message>
        <source>HIGH</source>
        <translation>高</translation>
    </message>
    <message>
        <source>MEDIUM</source>
        <translation>中</translation>
    </message>
    <message>
        <source>LOW</source>
        <translation>低</translation>
    </message>
    <message>
        <source>BUYERS DOMINANT</source>
        <translation>买方主导</translation>
    </message>
    <message>
        <source>STRONG BID</source>
        <translation>买盘强劲</translation>
    </message>
    <message>
        <source>STRONG ASK</source>
        <translation>卖盘强劲</translation>
    </message>
    <message>
        <source>ASK HEAVY</source>
        <translation>卖盘偏重</translation>
    </message>
    <message>
        <source>BALANCED</source>
        <translation>均衡</translation>
    </message>
    <message>
        <source>needs two venues, %1 seen</source>
        <translation>需要两个交易所，目前 %1 个</translation>
    </message>
    <message>
        <source>warming up: fewer than %1 common samples</source>
        <translation>预热中：共同样本少于 %1 个</translation>
    </message>
    <message>
        <source>no perp quote or trade yet</source>
        <translation>尚无永续报价或成交</translation>
    </message>
    <message>
        <source>no spot quote or trade yet</source>
        <translation>尚无现货报价或成交</translation>
    </message>
    <message>
        <source>no trades in the window</source>
        <translation>窗口内无成交</translation>
    </message>
    <message>
        <source>no taker orders in the window</source>
        <translation>窗口内无主动订单</translation>
    </message>
    <message>
        <source>no sell taker orders in the window</source>
        <translation>窗口内无主动卖单</translation>
    </message>
    <message>
        <source>needs buy and sell orders</source>
        <translation>需要买单和卖单</translation>
    </message>
    <message>
        <source>Increasing</source>
        <translation>增大</translation>
    </message>
    <message>
        <source>Decreasing</source>
        <translation>减小</translation>
    </message>
    <message>
        <source>Stable</source>
        <translation>稳定</translation>
    </message>
    <message>
        <source>no perp taker orders in 1 m or 15 m</source>
        <translation>1 分钟或 15 分钟内无永续主动订单</translation>
    </message>
    <message>
        <source>ACCEL</source>
        <translation>加速</translation>
    </message>
    <message>
        <source>FADING</source>
        <translation>减弱</translation>
    </message>
    <message>
        <source>STEADY</source>
        <translation>平稳</translation>
    </message>
    <message>
        <source>no perp trades in 5 m</source>
        <translation>5 分钟内无永续成交</translation>
    </message>
    <message>
        <source>mega</source>
        <translation>超级</translation>
    </message>
    <message>
        <source>whale</source>
        <translation>巨鲸</translation>
    </message>
    <message>
        <source>large</source>
        <translation>大单</translation>
    </message>
    <message>
        <source>outlier</source>
        <translation>异常值</translation>
    </message>
    <message>
        <source>no liquidations in the window</source>
        <translation>窗口内无爆仓</translation>
    </message>
    <message>
        <source>no notional and no perp reference price</source>
        <translation>无名义价值，也无永续参考价</translation>
    </message>
    <message>
        <source>relay sends no open interest for this symbol</source>
        <translation>中继未发送该品种的持仓量</translation>
    </message>
    <message>
        <source>no USD value</source>
        <translation>无 USD 价值</translation>
    </message>
    <message>
        <source>fewer than two OI samples in the window</source>
        <translation>窗口内 OI 样本少于两个</translation>
    </message>
    <message>
        <source>no perp volume in 5 m</source>
        <translation>5 分钟内无永续成交量</translation>
    </message>
    <message>
        <source>relay sent no CVD for this market</source>
        <translation>中继未发送该市场的 CVD</translation>
    </message>
    <message>
        <source>warming up: no perp price %1 s ago</source>
        <translation>预热中：%1 秒前无永续价格</translation>
    </message>
    <message>
        <source>no perp trades in the window</source>
        <translation>窗口内无永续成交</translation>
    </message>
    <message>
        <source>BULLISH</source>
        <translation>看涨</translation>
    </message>
    <message>
        <source>BEARISH</source>
        <translation>看跌</translation>
    </message>
    <message>
        <source>ALIGNED</source>
        <translation>同向</translation>
    </message>
    <message>
        <source>NEUTRAL</source>
        <translation>中性</translation>
    </message>
    <message>
        <source>one side of the book is empty</source>
        <translation>订单簿一侧为空</translation>
    </message>
    <message>
        <source>no two-sided quote in 10 s</source>
        <translation>10 秒内无双边报价</translation>
    </message>
    <message>
        <source>no trades in 10 s</source>
        <translation>10 秒内无成交</translation>
    </message>
    <message>
        <source>BUY</source>
        <translation>买入</translation>
    </message>
    <message>
        <source>SELL</source>
        <translation>卖出</translation>
    </message>
    <message>
        <source>book covers only ±%1 %</source>
        <translation>订单簿仅覆盖 ±%1 %</translation>
    </message>
    <message>
        <source>no asks in the band</source>
        <translation>区间内无卖单</translation>
    </message>
    <message>
        <source>L2 book has an empty side: top-of-book ratio</source>
        <translation>L2 订单簿一侧为空：使用最优档比值</translation>
    </message>
    <message>
        <source>no L2 snapshot yet: top-of-book ratio</source>
        <translation>尚无 L2 快照：使用最优档比值</translation>
    </message>
    <message>
        <source>no quote or trade yet</source>
        <translation>尚无报价或成交</translation>
    </message>
    <message>
        <source>none</source>
        <translation>无</translation>
    </message>
    <message>
        <source>median_fresh_l1_mid</source>
        <translation>新鲜 L1 中间价的中位数</translation>
    </message>
    <message>
        <source>last_trade</source>
        <translation>最新成交</translation>
    </message>
    <message>
        <source>CONTANGO</source>
        <translation>升水</translation>
    </message>
    <message>
        <source>BACKWARDATION</source>
        <translation>贴水</translation>
    </message>
    <message>
        <source>FLAT</source>
        <translation>持平</translation>
    </message>
    <message>
        <source>needs both a perp and a spot price</source>
        <translation>需要永续和现货价格</translation>
    </message>
    <message>
        <source>warming up %1/%2 samples</source>
        <translation>预热中 %1/%2 个样本</translation>
    </message>
    <message>
        <source>needs two perp venues with fresh quotes</source>
        <translation>需要两个有新鲜报价的永续交易所</translation>
    </message>
    <message>
        <source>needs volume on two venues</source>
        <translation>需要两个交易所的成交量</translation>
    </message>
    <message>
        <source>LONGS PAY</source>
        <translation>多头付费</translation>
    </message>
    <message>
        <source>SHORTS PAY</source>
        <translation>空头付费</translation>
    </message>
    <message>
        <source>EXTREME</source>
        <translation>极端</translation>
    </message>
    <message>
        <source>NORMAL</source>
        <translation>正常</translation>
    </message>
    <message>
        <source>warming up: less than a minute of funding history</source>
        <translation>预热中：资金费率历史不足一分钟</translation>
    </message>
    <message>
        <source>no open interest to weight by</source>
        <translation>无持仓量可用于加权</translation>
    </message>
    <message>
        <source>needs funding from two venues</source>
        <translation>需要两个交易所的资金费率</translation>
    </message>
    <message>
        <source>needs perp and spot mids</source>
        <translation>需要永续和现货中间价</translation>
    </message>
    <message>
        <source>no perp reference price</source>
        <translation>无永续参考价</translation>
    </message>
    <message>
        <source>no estimated level within %1 % (needs OI growth)</source>
        <translation>%1 % 范围内无估算价位（需要 OI 增长）</translation>
    </message>
    <message>
        <source>relay sends no options data</source>
        <translation>中继未发送期权数据</translation>
    </message>
    <message>
        <source>warming up %1/%2 one-minute bars</source>
        <translation>预热中 %1/%2 根 1 分钟 K 线</translation>
    </message>
    <message>
        <source>no price movement in 60 m</source>
        <translation>60 分钟内价格无变动</translation>
    </message>
    <message>
        <source>TRENDING</source>
        <translation>趋势</translation>
    </message>
    <message>
        <source>VOLATILE</source>
        <translation>剧烈波动</translation>
    </message>
    <message>
        <source>RANGING</source>
        <translation>震荡</translation>
    </message>
    <message>
        <source>INCREASING</source>
        <translation>上升</translation>
    </message>
    <message>
        <source>DECREASING</source>
        <translation>下降</translation>
    </message>
    <message>
        <source>STABLE</source>
        <translation>稳定</translation>
    </message>
    <message>
        <source>no fresh two-sided quote</source>
        <translation>无新鲜的双边报价</translation>
    </message>
    <message>
        <source>THIN</source>
        <translation>稀薄</translation>
    </message>
    <message>
        <source>THICK</source>
        <translation>充裕</translation>
    </message>
    <message>
        <source>warming up %1/%2 bars</source>
        <translation>预热中 %1/%2 根 K 线</translation>
    </message>
    <message>
        <source>warming up: fewer than %1 common 1 s returns</source>
        <translation>预热中：共同的 1 秒收益率少于 %1 个</translation>
    </message>
    <message>
        <source>no lead</source>
        <translation>无领先</translation>
    </message>
    <message>
        <source>orderflow imbalance %1</source>
        <translation>订单流失衡 %1</translation>
    </message>
    <message>
        <source>liquidation cluster DANGER ZONE %1–%2 %3</source>
        <translation>爆仓密集区 危险区 %1–%2 %3</translation>
    </message>
    <message>
        <source>volume-profile node %1–%2: %3 in 15 m</source>
        <translation>成交量分布节点 %1–%2：15 分钟 %3</translation>
    </message>
    <message>
        <source>basis STEEP</source>
        <translation>基差 陡峭</translation>
    </message>
    <message>
        <source>basis ARB</source>
        <translation>基差 套利</translation>
    </message>
    <message>
        <source>funding EXTREME</source>
        <translation>资金费率 极端</translation>
    </message>
    <message>
        <source>funding ARB</source>
        <translation>资金费率 套利</translation>
    </message>
    <message>
        <source>cascade risk HIGH</source>
        <translation>连环爆仓风险 高</translation>
    </message>
    <message>
        <source>regime %1</source>
        <translation>市场状态 %1</translation>
    </message>
    <message>
        <source>liquidity THIN</source>
        <translation>流动性 稀薄</translation>
    </message>
    <message>
        <source>net-flow leader %1</source>
        <translation>净流入领先 %1</translation>
    </message>
    <message>
        <source>stream stale: %1 spot L1 quote %2 s old</source>
        <translation>数据流过期：%1 现货 L1 报价已 %2 秒</translation>
    </message>
    <message>
        <source>stream stale: %1 perp L1 quote %2 s old</source>
        <translation>数据流过期：%1 永续 L1 报价已 %2 秒</translation>
    </message>
    <message>
        <source>Offline</source>
        <translation>离线</translation>
    </message>
    <message>
        <source>Connecting</source>
        <translation>连接中</translation>
    </message>
    <message>
        <source>Live</source>
        <translation>在线</translation>
    </message>
    <message>
        <source>Stale</source>
        <translation>过期</translation>
    </message>
    <message>
        <source>Reconnecting</source>
        <translation>重新连接中</translation>
    </message>
    <message>
        <source>Unauthorised</source>
        <translation>未授权</translation>
    </message>
    <message>
        <source>RANGE-BOUND</source>
        <translation>区间盘整</translation>
    </message>
</context>
<context>
    <name>Panels</name>
    <message>
        <source>no open_interest message from this venue</source>
        <translation>该交易所无 open_interest 消息</translation>
    </message>
    <message>
        <source>n/a</source>
        <translation>无数据</translation>
    </message>
    <message>
        <source>waiting for data</source>
        <translation>等待数据</translation>
    </message>
    <message>
        <source>How this is computed</source>
        <translation>计算方法</translation>
    </message>
    <message>
        <source>Formula</source>
        <translation>公式</translation>
    </message>
    <message>
        <source>Inputs</source>
        <translation>输入</translation>
    </message>
    <message>
        <source>Window</source>
        <translation>时间窗口</translation>
    </message>
    <message>
        <source>Thresholds in force</source>
        <translation>当前阈值</translation>
    </message>
    <message>
        <source>minutes ago</source>
        <translation>分钟前</translation>
    </message>
</context>
<context>
    <name>Settings</name>
    <message>
        <source>L1 quote fresh for</source>
        <translation>L1 报价有效期</translation>
    </message>
    <message>
        <source>s</source>
        <translation>秒</translation>
    </message>
    <message>
        <source>Arrow history</source>
        <translation>箭头历史</translation>
    </message>
    <message>
        <source>min</source>
        <translation>分钟</translation>
    </message>
    <message>
        <source>Arrow minimum samples</source>
        <translation>箭头最少样本数</translation>
    </message>
    <message>
        <source>Large order from</source>
        <translation>大单起点</translation>
    </message>
    <message>
        <source>Whale order from</source>
        <translation>巨鲸订单起点</translation>
    </message>
    <message>
        <source>Mega order from</source>
        <translation>超级订单起点</translation>
    </message>
    <message>
        <source>Size trend up ratio</source>
        <translation>单量趋势上升比</translation>
    </message>
    <message>
        <source>Size trend down ratio</source>
        <translation>单量趋势下降比</translation>
    </message>
    <message>
        <source>Intensity HIGH from</source>
        <translation>强度“高”起点</translation>
    </message>
    <message>
        <source>trades/s</source>
        <translation>笔/秒</translation>
    </message>
    <message>
        <source>Intensity MEDIUM from</source>
        <translation>强度“中”起点</translation>
    </message>
    <message>
        <source>Outlier order</source>
        <translation>异常订单</translation>
    </message>
    <message>
        <source>Divergence window</source>
        <translation>背离窗口</translation>
    </message>
    <message>
        <source>Divergence price move</source>
        <translation>背离价格变动</translation>
    </message>
    <message>
        <source>Divergence flow share</source>
        <translation>背离资金流占比</translation>
    </message>
    <message>
        <source>Danger zone BTC</source>
        <translation>危险区 BTC</translation>
    </message>
    <message>
        <source>Danger zone ETH</source>
        <translation>危险区 ETH</translation>
    </message>
    <message>
        <source>Danger zone other</source>
        <translation>危险区 其他</translation>
    </message>
    <message>
        <source>Cluster bucket step (fraction of price)</source>
        <translation>密集区价格档步长（占价格比例）</translation>
    </message>
    <message>
        <source>Micro signal BUY above</source>
        <translation>微观信号“买入”高于</translation>
    </message>
    <message>
        <source>Micro signal SELL below</source>
        <translation>微观信号“卖出”低于</translation>
    </message>
    <message>
        <source>Depth: buyers dominant ratio</source>
        <translation>深度：买方主导比值</translation>
    </message>
    <message>
        <source>Depth: strong bid ratio</source>
        <translation>深度：买盘强劲比值</translation>
    </message>
    <message>
        <source>Depth: ask heavy ratio</source>
        <translation>深度：卖盘偏重比值</translation>
    </message>
    <message>
        <source>Depth: strong ask ratio</source>
        <translation>深度：卖盘强劲比值</translation>
    </message>
    <message>
        <source>Flow trend ACCEL/FADING</source>
        <translation>资金流趋势 加速/减弱</translation>
    </message>
    <message>
        <source>pts</source>
        <translation>点</translation>
    </message>
    <message>
        <source>Contango/backwardation from</source>
        <translation>升水/贴水起点</translation>
    </message>
    <message>
        <source>Steep basis from</source>
        <translation>陡峭基差起点</translation>
    </message>
    <message>
        <source>Basis arbitrage from</source>
        <translation>基差套利起点</translation>
    </message>
    <message>
        <source>Basis trend slope</source>
        <translation>基差趋势斜率</translation>
    </message>
    <message>
        <source>%/5 min</source>
        <translation>%/5 分钟</translation>
    </message>
    <message>
        <source>Exchange spread flag</source>
        <translation>交易所价差标记</translation>
    </message>
    <message>
        <source>Funding EXTREME from</source>
        <translation>资金费率“极端”起点</translation>
    </message>
    <message>
        <source>Funding HIGH from</source>
        <translation>资金费率“高”起点</translation>
    </message>
    <message>
        <source>Funding arbitrage differential</source>
        <translation>资金费率套利差值</translation>
    </message>
    <message>
        <source>Cascade levels within</source>
        <translation>连环爆仓价位范围</translation>
    </message>
    <message>
        <source>Cascade liquidation floor</source>
        <translation>连环爆仓清算下限</translation>
    </message>
    <message>
        <source>Cascade MEDIUM from</source>
        <translation>连环爆仓“中”起点</translation>
    </message>
    <message>
        <source>Cascade HIGH from</source>
        <translation>连环爆仓“高”起点</translation>
    </message>
    <message>
        <source>Regime TRENDING efficiency ratio</source>
        <translation>市场状态“趋势”效率比</translation>
    </message>
    <message>
        <source>Regime VOLATILE vol ratio</source>
        <translation>市场状态“剧烈波动”波动率比</translation>
    </message>
    <message>
        <source>Liquidity THIN below</source>
        <translation>流动性“稀薄”低于</translation>
    </message>
    <message>
        <source>Liquidity THICK above</source>
        <translation>流动性“充裕”高于</translation>
    </message>
    <message>
        <source>Correlation minimum bars</source>
        <translation>相关性最少 K 线数</translation>
    </message>
    <message>
        <source>bars</source>
        <translation>根 K 线</translation>
    </message>
    <message>
        <source>Lead/lag search up to</source>
        <translation>领先/滞后搜索上限</translation>
    </message>
    <message>
        <source>Signal cool-down</source>
        <translation>信号冷却时间</translation>
    </message>
    <message>
        <source>Relay URL: enter the relay address, e.g. ws://127.0.0.1:9001.</source>
        <translation>中继 URL：请输入中继地址，例如 ws://127.0.0.1:9001。</translation>
    </message>
    <message>
        <source>Relay URL: &quot;%1&quot; is not a valid URL.</source>
        <translation>中继 URL：“%1”不是有效的 URL。</translation>
    </message>
    <message>
        <source>Relay URL: must start with ws:// or wss:// (not %1://).</source>
        <translation>中继 URL：必须以 ws:// 或 wss:// 开头（而不是 %1://）。</translation>
    </message>
    <message>
        <source>Relay URL: the host is missing.</source>
        <translation>中继 URL：缺少主机名。</translation>
    </message>
    <message>
        <source>Relay URL: the port must be between 1 and 65535.</source>
        <translation>中继 URL：端口必须在 1 到 65535 之间。</translation>
    </message>
    <message>
        <source>Refresh period %1 ms: must be between 50 ms and 60 s.</source>
        <translation>刷新周期 %1 毫秒：必须在 50 毫秒到 60 秒之间。</translation>
    </message>
    <message>
        <source>Speed %1: must be between 0 (as fast as possible) and 10000.</source>
        <translation>速度 %1：必须在 0（尽可能快）到 10000 之间。</translation>
    </message>
    <message>
        <source>%1: %2 is outside %3 – %4 %5.</source>
        <translation>%1：%2 超出 %3 – %4 %5 的范围。</translation>
    </message>
    <message>
        <source>%1 (%2) must be below %3 (%4).</source>
        <translation>%1（%2）必须小于 %3（%4）。</translation>
    </message>
</context>
<context>
    <name>fd::AlertNotifier</name>
    <message>
        <source>FlowDesk alerts</source>
        <translation>FlowDesk 警报</translation>
    </message>
</context>
<context>
    <name>fd::AlertRulesDialog</name>
    <message>
        <source>Alert Rules</source>
        <translation>警报规则</translation>
    </message>
    <message>
        <source>On</source>
        <translation>启用</translation>
    </message>
    <message>
        <source>Rule</source>
        <translation>规则</translation>
    </message>
    <message>
        <source>Symbol</source>
        <translation>品种</translation>
    </message>
    <message>
        <source>Notifies</source>
        <translation>通知方式</translation>
    </message>
    <message>
        <source>Cool-down</source>
        <translation>冷却时间</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>添加</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>删除</translation>
    </message>
    <message>
        <source>Restore Defaults</source>
        <translation>恢复默认</translation>
    </message>
    <message>
        <source>Selected rule</source>
        <translation>所选规则</translation>
    </message>
    <message>
        <source>&amp;Condition:</source>
        <translation>条件(&amp;C)：</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>名称(&amp;N)：</translation>
    </message>
    <message>
        <source>Any symbol</source>
        <translation>任意品种</translation>
    </message>
    <message>
        <source>&amp;Symbol:</source>
        <translation>品种(&amp;S)：</translation>
    </message>
    <message>
        <source> s</source>
        <translation> 秒</translation>
    </message>
    <message>
        <source>none</source>
        <translation>无</translation>
    </message>
    <message>
        <source>At most one notification per cool-down; alerts inside it are logged and counted in the next one.</source>
        <translation>每个冷却期内最多通知一次；期间的警报会被记录，并计入下一次通知。</translation>
    </message>
    <message>
        <source>&amp;Cool-down:</source>
        <translation>冷却时间(&amp;C)：</translation>
    </message>
    <message>
        <source>Rule is &amp;on</source>
        <translation>启用规则(&amp;O)</translation>
    </message>
    <message>
        <source>&amp;Beep</source>
        <translation>提示音(&amp;B)</translation>
    </message>
    <message>
        <source>&amp;Desktop notification</source>
        <translation>桌面通知(&amp;D)</translation>
    </message>
    <message>
        <source>When it fires:</source>
        <translation>触发时：</translation>
    </message>
    <message>
        <source>No system tray here: desktop notifications appear in the status bar instead.</source>
        <translation>此处没有系统托盘：桌面通知将显示在状态栏中。</translation>
    </message>
    <message>
        <source>Rule on or off</source>
        <translation>规则开关</translation>
    </message>
    <message>
        <source>any</source>
        <translation>任意</translation>
    </message>
    <message>
        <source>beep</source>
        <translation>提示音</translation>
    </message>
    <message>
        <source>desktop</source>
        <translation>桌面</translation>
    </message>
    <message>
        <source>log only</source>
        <translation>仅记录</translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation>%1 秒</translation>
    </message>
    <message>
        <source>e.g. 500K, 1.5M, 2000000. Orders below the large tier (%1) are not tracked.</source>
        <translation>例如 500K、1.5M、2000000。低于大单档（%1）的订单不会被追踪。</translation>
    </message>
    <message>
        <source>0–100; HIGH from %1, MEDIUM from %2.</source>
        <translation>0–100；%1 起为高，%2 起为中。</translation>
    </message>
    <message>
        <source>Seconds without a live relay connection (1–86400).</source>
        <translation>中继连接中断的秒数（1–86400）。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an amount (e.g. 500K, 1.5M or 2000000)</source>
        <translation>“%1”不是金额（例如 500K、1.5M 或 2000000）</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a number</source>
        <translation>“%1”不是数字</translation>
    </message>
    <message>
        <source>Rule %1 (%2): %3</source>
        <translation>规则 %1（%2）：%3</translation>
    </message>
</context>
<context>
    <name>fd::AlertsPanel</name>
    <message>
        <source>Rules…</source>
        <translation>规则…</translation>
    </message>
    <message>
        <source>Add, edit, enable or delete alert rules</source>
        <translation>添加、编辑、启用或删除警报规则</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>清空</translation>
    </message>
    <message>
        <source>Remove every entry from the log (the rules stay)</source>
        <translation>清除日志中的所有条目（规则保留）</translation>
    </message>
    <message>
        <source>Export CSV…</source>
        <translation>导出 CSV…</translation>
    </message>
    <message>
        <source>Time (UTC)</source>
        <translation>时间（UTC）</translation>
    </message>
    <message>
        <source>Rule</source>
        <translation>规则</translation>
    </message>
    <message>
        <source>Symbol</source>
        <translation>品种</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>级别</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>消息</translation>
    </message>
    <message>
        <source>Every alert that fired, newest first (up to %1 entries). Rules are edited with &quot;Rules…&quot; or the Alerts menu and saved with the workspace.</source>
        <translation>所有已触发的警报，最新的在前（最多 %1 条）。可通过“规则…”或“警报”菜单编辑规则，规则随工作区保存。</translation>
    </message>
    <message>
        <source>A rule fires when its condition crosses from false to true (not while it stays true), and once per new whale order. Each rule notifies at most once per cool-down; alerts inside the cool-down are still logged here and counted in the next notification.</source>
        <translation>规则在条件由假变真时触发（保持为真期间不重复触发），每出现一笔新的巨鲸订单触发一次。每条规则在一个冷却期内最多通知一次；冷却期内的警报仍会记录在此，并计入下一次通知。</translation>
    </message>
    <message>
        <source>the snapshots of every view (whale orders, cascade risk, liquidation clusters, funding, basis, regime, liquidity), feed health (stale streams) and the relay connection</source>
        <translation>各视图的快照（巨鲸订单、连环爆仓风险、爆仓密集区、资金费率、基差、市场状态、流动性）、数据源健康（过期数据流）以及中继连接</translation>
    </message>
    <message>
        <source>each rule&apos;s own: whale ≥ X, cascade risk ≥ Y, relay disconnected &gt; N s; the others use the thresholds of their metric (see that panel&apos;s ?)</source>
        <translation>各规则自带：巨鲸 ≥ X、连环爆仓风险 ≥ Y、中继断开 &gt; N 秒；其余使用对应指标的阈值（见该面板的 ?）</translation>
    </message>
    <message>
        <source>Held back by the rule&apos;s cool-down: counted in its next notification.</source>
        <translation>因规则冷却而暂缓：将计入下一次通知。</translation>
    </message>
    <message>
        <source>rules: %1 active, %2 off</source>
        <translation>规则：%1 条启用，%2 条停用</translation>
    </message>
    <message>
        <source>rules: %1 active</source>
        <translation>规则：%1 条启用</translation>
    </message>
    <message>
        <source>No alerts — no rule is active; add or enable one with &quot;Rules…&quot;</source>
        <translation>无警报——没有启用的规则；请通过“规则…”添加或启用</translation>
    </message>
    <message>
        <source>No alerts yet — %1</source>
        <translation>暂无警报——%1</translation>
    </message>
    <message>
        <source>1 alert · %1</source>
        <translation>1 条警报 · %1</translation>
    </message>
    <message>
        <source>%1 alerts · %2</source>
        <translation>%1 条警报 · %2</translation>
    </message>
    <message>
        <source>Alerts Log</source>
        <translation>警报日志</translation>
    </message>
    <message>
        <source>When it happened: exchange time for market alerts (as in the other panels, also in a replay), the local clock for relay and feed alerts</source>
        <translation>发生时间：市场警报使用交易所时间（与其他面板一致，回放时亦然），中继和数据源警报使用本地时钟</translation>
    </message>
    <message>
        <source>time (UTC) is when it happened: exchange time for market alerts, the local clock for relay and feed alerts; the CSV also has when FlowDesk raised it</source>
        <translation>时间（UTC）为事件发生时间：市场警报为交易所时间，中继和数据源警报为本地时钟；CSV 中还包含 FlowDesk 发出警报的时间</translation>
    </message>
</context>
<context>
    <name>fd::ArbitragePanel</name>
    <message>
        <source>Symbol</source>
        <translation>品种</translation>
    </message>
    <message>
        <source>Basis</source>
        <translation>基差</translation>
    </message>
    <message>
        <source>Venue spread</source>
        <translation>交易所价差</translation>
    </message>
    <message>
        <source>Pair</source>
        <translation>交易对</translation>
    </message>
    <message>
        <source>Funding diff.</source>
        <translation>费率差</translation>
    </message>
    <message>
        <source>Arbitrage Opportunities</source>
        <translation>套利机会</translation>
    </message>
    <message>
        <source>Price gaps worth trading: spot vs perp, venue vs venue, funding vs funding.</source>
        <translation>值得交易的价差：现货对永续、交易所对交易所、费率对费率。</translation>
    </message>
    <message>
        <source>basis % = (perp ref − spot ref) / spot ref · 100; venue spread = max − min of the perp mids across venues (as % of the median, $ and bps); funding differential = max − min 8 h-normalised rate.</source>
        <translation>基差 % = (永续参考价 − 现货参考价) / 现货参考价 · 100；交易所价差 = 各交易所永续中间价的最大值 − 最小值（以中位数的 %、$ 和 bps 表示）；资金费率差 = 8 小时标准化费率的最大值 − 最小值。</translation>
    </message>
    <message>
        <source>fresh L1 mids, last trades, funding_rate messages</source>
        <translation>新鲜的 L1 中间价、最新成交、funding_rate 消息</translation>
    </message>
    <message>
        <source>basis ⚠ |basis %| &amp;gt; %1 %; venue spread flag &amp;gt; %2 %; funding ARB &amp;gt; %3 %</source>
        <translation>基差 ⚠ |基差 %| &amp;gt; %1 %；交易所价差标记 &amp;gt; %2 %；资金费率套利 &amp;gt; %3 %</translation>
    </message>
    <message>
        <source>%1 · basis %2</source>
        <translation>%1 · 基差 %2</translation>
    </message>
    <message>
        <source>max − min perp mid = %1</source>
        <translation>永续中间价最大值 − 最小值 = %1</translation>
    </message>
    <message>
        <source>ARB</source>
        <translation>套利</translation>
    </message>
    <message numerus="yes">
        <source>%n actionable gap(s)</source>
        <translation>
            <numerusform>%n 个可交易价差</numerusform>
        </translation>
    </message>
    <message>
        <source>no gap over its threshold</source>
        <translation>没有价差超过阈值</translation>
    </message>
    <message>
        <source>basis %</source>
        <translation>基差 %</translation>
    </message>
    <message>
        <source>now; chart: basis % of each symbol, one point per 5 s, last 15 minutes</source>
        <translation>当前；图表：各品种基差 %，每 5 秒一个点，最近 15 分钟</translation>
    </message>
    <message>
        <source>Perp venue vs median · needs two perp venues with fresh quotes</source>
        <translation>永续交易所相对中位数 · 需要两个有新鲜报价的永续交易所</translation>
    </message>
    <message>
        <source>Perp venue vs median (bps)</source>
        <translation>永续交易所相对中位数（bps）</translation>
    </message>
    <message>
        <source>positive: the venue trades above the others; sell there, buy the lowest</source>
        <translation>正值：该交易所价格高于其他交易所；在此卖出，在最低处买入</translation>
    </message>
    <message>
        <source>no fresh perp quote from this venue</source>
        <translation>该交易所没有新鲜的永续报价</translation>
    </message>
    <message>
        <source>mid %1 (%2 vs median)</source>
        <translation>中间价 %1（相对中位数 %2）</translation>
    </message>
    <message>
        <source>%1: |basis| over the %2 arbitrage threshold</source>
        <translation>%1：|基差| 超过 %2 套利阈值</translation>
    </message>
</context>
<context>
    <name>fd::BasisPanel</name>
    <message>
        <source>Composite</source>
        <translation>综合</translation>
    </message>
    <message>
        <source>Perp</source>
        <translation>永续</translation>
    </message>
    <message>
        <source>Spot</source>
        <translation>现货</translation>
    </message>
    <message>
        <source>Basis $</source>
        <translation>基差 $</translation>
    </message>
    <message>
        <source>Basis %</source>
        <translation>基差 %</translation>
    </message>
    <message>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Trend 5m</source>
        <translation>5 分钟趋势</translation>
    </message>
    <message>
        <source>Venue</source>
        <translation>交易所</translation>
    </message>
    <message>
        <source>Perp mid</source>
        <translation>永续中间价</translation>
    </message>
    <message>
        <source>Spot mid</source>
        <translation>现货中间价</translation>
    </message>
    <message>
        <source>basis %</source>
        <translation>基差 %</translation>
    </message>
    <message>
        <source>minutes ago</source>
        <translation>分钟前</translation>
    </message>
    <message>
        <source>Spot vs Perp Basis</source>
        <translation>现货与永续基差</translation>
    </message>
    <message>
        <source>Premium of perpetuals over spot.</source>
        <translation>永续合约相对现货的溢价。</translation>
    </message>
    <message>
        <source>basis = perp reference − spot reference; basis % = basis / spot · 100. Per venue where the venue has both spot and perp. Trend = slope of basis % over 5 m.</source>
        <translation>基差 = 永续参考价 − 现货参考价；基差 % = 基差 / 现货 · 100。按同时有现货和永续的交易所分别计算。趋势 = 5 分钟内基差 % 的斜率。</translation>
    </message>
    <message>
        <source>reference = median of fresh (&amp;lt; %1 s) L1 mids across venues, else the last trade</source>
        <translation>参考价 = 各交易所新鲜（&amp;lt; %1 秒）L1 中间价的中位数，否则为最新成交价</translation>
    </message>
    <message>
        <source>now; trend 5 minutes; history: one point per 5 s over 15 minutes</source>
        <translation>当前；趋势 5 分钟；历史：15 分钟内每 5 秒一个点</translation>
    </message>
    <message>
        <source>CONTANGO &amp;gt; +%1 %, BACKWARDATION &amp;lt; −%1 %, else FLAT; STEEP |basis %| &amp;gt; %2 %; arbitrage (cyan) |basis %| &amp;gt; %3 %; trend ±%4 % per 5 m</source>
        <translation>升水 &amp;gt; +%1 %，贴水 &amp;lt; −%1 %，否则持平；陡峭 |基差 %| &amp;gt; %2 %；套利（青色）|基差 %| &amp;gt; %3 %；趋势 每 5 分钟 ±%4 %</translation>
    </message>
    <message>
        <source>source: %1</source>
        <translation>来源：%1</translation>
    </message>
    <message>
        <source>slope of basis % over 5 m</source>
        <translation>5 分钟内基差 % 的斜率</translation>
    </message>
    <message>
        <source>STEEP</source>
        <translation>陡峭</translation>
    </message>
    <message>
        <source>⚠ ARBITRAGE: |basis| %1 &gt; %2</source>
        <translation>⚠ 套利：|基差| %1 &gt; %2</translation>
    </message>
    <message>
        <source>no venue with both fresh spot and perp quotes</source>
        <translation>没有同时具备新鲜现货和永续报价的交易所</translation>
    </message>
    <message>
        <source>no flag: |basis| %1 ≤ %2 arbitrage threshold</source>
        <translation>无标记：|基差| %1 ≤ 套利阈值 %2</translation>
    </message>
</context>
<context>
    <name>fd::CascadePanel</name>
    <message>
        <source>Cascade risk</source>
        <translation>连环爆仓风险</translation>
    </message>
    <message>
        <source>Next cascade level</source>
        <translation>下一爆仓位</translation>
    </message>
    <message>
        <source>Protection level</source>
        <translation>保护位</translation>
    </message>
    <message>
        <source>Components</source>
        <translation>构成</translation>
    </message>
    <message>
        <source>price</source>
        <translation>价格</translation>
    </message>
    <message>
        <source>USD</source>
        <translation>USD</translation>
    </message>
    <message>
        <source>est. long liquidations</source>
        <translation>估算多头爆仓</translation>
    </message>
    <message>
        <source>est. short liquidations</source>
        <translation>估算空头爆仓</translation>
    </message>
    <message>
        <source>printed (15 m)</source>
        <translation>已成交（15 分钟）</translation>
    </message>
    <message>
        <source>Liquidation Cascade Risk</source>
        <translation>连环爆仓风险</translation>
    </message>
    <message>
        <source>How close price is to a pile of leveraged positions that would be force-closed.</source>
        <translation>价格距离一批将被强制平仓的杠杆仓位有多近。</translation>
    </message>
    <message>
        <source>risk = 100·(0.35·I + 0.25·N + 0.2·D + 0.2·F): I = liq USD 5m / (3 × mean 5 m liq USD last hour, floor %1); N = 1 − distance to next level / (2 × 15 m range); D = max(0, −ΔOI 5m %) / 1 %; F = |imbalance 1m|/100 toward the level.&lt;br&gt;Model: OI growth in a 1 m bar opens positions at the bar&apos;s VWAP split by taker buy share, spread over 10x/25x/50x/100x (0.35/0.3/0.2/0.15); liquidated at p·(1 ∓ 1/L).</source>
        <translation>风险 = 100·(0.35·I + 0.25·N + 0.2·D + 0.2·F)：I = 5 分钟爆仓 USD / (3 × 过去一小时 5 分钟平均爆仓 USD，下限 %1)；N = 1 − 距下一爆仓位的距离 / (2 × 15 分钟波幅)；D = max(0, −ΔOI 5 分钟 %) / 1 %；F = 朝该价位方向的 |1 分钟失衡|/100。&lt;br&gt;模型：1 分钟 K 线内的 OI 增长按该 K 线的 VWAP 开仓，按主动买入占比划分多空，分布于 10x/25x/50x/100x（0.35/0.3/0.2/0.15）；在 p·(1 ∓ 1/L) 处爆仓。</translation>
    </message>
    <message>
        <source>open interest, trades, liquidations</source>
        <translation>持仓量、成交、爆仓</translation>
    </message>
    <message>
        <source>levels within %1 % of price</source>
        <translation>距现价 %1 % 以内的价位</translation>
    </message>
    <message>
        <source>LOW &amp;lt; %1 ≤ MEDIUM &amp;lt; %2 ≤ HIGH</source>
        <translation>低 &amp;lt; %1 ≤ 中 &amp;lt; %2 ≤ 高</translation>
    </message>
    <message>
        <source>cascade risk is computed for the Risk view only</source>
        <translation>连环爆仓风险仅在风险视图中计算</translation>
    </message>
    <message>
        <source>%1 (%2) · %3</source>
        <translation>%1（%2）· %3</translation>
    </message>
    <message>
        <source>price — no estimated level yet (needs OI growth)</source>
        <translation>价格——尚无估算价位（需要 OI 增长）</translation>
    </message>
    <message>
        <source>USD (%1)</source>
        <translation>USD（%1）</translation>
    </message>
    <message>
        <source>n/a · %1</source>
        <translation>无数据 · %1</translation>
    </message>
</context>
<context>
    <name>fd::CorrelationPanel</name>
    <message>
        <source>Correlation Matrix</source>
        <translation>相关性矩阵</translation>
    </message>
    <message>
        <source>How the symbols move together and who moves first.</source>
        <translation>各品种如何联动，以及谁先动。</translation>
    </message>
    <message>
        <source>Pearson correlation of log returns of the perp reference on time-aligned 5 s bars; cross-exchange: mean pairwise Pearson of 1 s mid returns between venues (5 m); lead/lag: cross-correlation of 1 s returns for lags −%1…+%1 s, reported only when the best correlation exceeds 2/√n.</source>
        <translation>永续参考价对数收益率在时间对齐的 5 秒 K 线上的 Pearson 相关系数；跨交易所：各交易所 1 秒中间价收益率两两 Pearson 相关的均值（5 分钟）；领先/滞后：滞后 −%1…+%1 秒的 1 秒收益率互相关，仅当最佳相关超过 2/√n 时显示。</translation>
    </message>
    <message>
        <source>perp reference prices, L1 mids</source>
        <translation>永续参考价、L1 中间价</translation>
    </message>
    <message>
        <source>30 minutes (minimum %1 bars)</source>
        <translation>30 分钟（至少 %1 根 K 线）</translation>
    </message>
    <message>
        <source>waiting for data: no symbols yet</source>
        <translation>等待数据：尚无品种</translation>
    </message>
    <message>
        <source>correlation is computed for the Risk view only</source>
        <translation>相关性仅在风险视图中计算</translation>
    </message>
    <message>
        <source>%1 bars of 5 s</source>
        <translation>%1 根 5 秒 K 线</translation>
    </message>
    <message>
        <source>Cross-exchange (1 s mids, 5 m)</source>
        <translation>跨交易所（1 秒中间价，5 分钟）</translation>
    </message>
    <message>
        <source>Lead / lag (1 s returns)</source>
        <translation>领先 / 滞后（1 秒收益率）</translation>
    </message>
    <message>
        <source>%1 leads by %2 s (r %3)</source>
        <translation>%1 领先 %2 秒（r %3）</translation>
    </message>
    <message>
        <source>no lead</source>
        <translation>无领先</translation>
    </message>
    <message>
        <source>cell colour: blue for positive, pink for negative, deeper with |r|; none below 0.05</source>
        <translation>单元格颜色：正相关为蓝色，负相关为粉色，|r| 越大颜色越深；低于 0.05 不着色</translation>
    </message>
</context>
<context>
    <name>fd::CvdDivergencePanel</name>
    <message>
        <source>Symbol</source>
        <translation>品种</translation>
    </message>
    <message>
        <source>Price 5m</source>
        <translation>5 分钟价格</translation>
    </message>
    <message>
        <source>CVD 5m</source>
        <translation>CVD 5 分钟</translation>
    </message>
    <message>
        <source>Flow / volume</source>
        <translation>资金流 / 成交量</translation>
    </message>
    <message>
        <source>Divergence</source>
        <translation>背离</translation>
    </message>
    <message>
        <source>price</source>
        <translation>价格</translation>
    </message>
    <message>
        <source>CVD $</source>
        <translation>CVD $</translation>
    </message>
    <message>
        <source>minutes ago</source>
        <translation>分钟前</translation>
    </message>
    <message>
        <source>CVD total</source>
        <translation>CVD 合计</translation>
    </message>
    <message>
        <source>CVD Divergence</source>
        <translation>CVD 背离</translation>
    </message>
    <message>
        <source>Does the aggressive flow confirm the price move?</source>
        <translation>主动资金流是否确认了价格走势？</translation>
    </message>
    <message>
        <source>p = Δ perp reference / price over W; c = CVD_W / perp volume_W. BULLISH (accumulation): p &amp;lt; −%1 % and c &amp;gt; +%2 %; BEARISH (distribution): p &amp;gt; +%1 % and c &amp;lt; −%2 %; ALIGNED: both beyond their thresholds with the same sign; else NEUTRAL.</source>
        <translation>p = W 内永续参考价变化 / 价格；c = CVD_W / 永续成交量_W。看涨（吸筹）：p &amp;lt; −%1 % 且 c &amp;gt; +%2 %；看跌（派发）：p &amp;gt; +%1 % 且 c &amp;lt; −%2 %；同向：两者均超过阈值且方向相同；否则为中性。</translation>
    </message>
    <message>
        <source>perp taker prints (CVD = running Σ signed USD), perp reference price</source>
        <translation>永续主动成交（CVD = 带符号 USD 的累计和）、永续参考价</translation>
    </message>
    <message>
        <source>W = %1 s; chart: one sample per second since the panel started, last 15 minutes</source>
        <translation>W = %1 秒；图表：自面板启动起每秒一个样本，最近 15 分钟</translation>
    </message>
    <message>
        <source>price ±%1 %, flow ±%2 % of volume</source>
        <translation>价格 ±%1 %，资金流 ±%2 % 成交量</translation>
    </message>
    <message>
        <source>collecting: the chart starts when the panel receives snapshots</source>
        <translation>收集中：面板收到快照后开始绘图</translation>
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
        <translation>订单簿深度失衡</translation>
    </message>
    <message>
        <source>Resting liquidity near the mid, per venue (perpetuals and spot).</source>
        <translation>各交易所中间价附近的挂单流动性（永续与现货）。</translation>
    </message>
    <message>
        <source>bid USD within mid·(1−b) … mid, ask USD within mid … mid·(1+b); ratio = bid / ask. The book is a best-effort L2 book (a snapshot replaces it, updates set sizes; the relay drops updates), so its age and reach are shown and bands beyond the reach are n/a. Without an L2 snapshot: top-of-book ratio (L1 fallback).</source>
        <translation>买盘 USD 取 中间价·(1−b) … 中间价，卖盘 USD 取 中间价 … 中间价·(1+b)；比值 = 买 / 卖。订单簿为尽力维护的 L2 订单簿（快照整体替换，增量更新档位数量；中继可能丢弃更新），因此显示其时效与覆盖范围，超出覆盖范围的区间显示为无数据。无 L2 快照时：使用最优档比值（L1 备用）。</translation>
    </message>
    <message>
        <source>order_book_l2 snapshots and updates; order_book_l1 for the fallback</source>
        <translation>order_book_l2 快照与更新；备用使用 order_book_l1</translation>
    </message>
    <message>
        <source>ratio &amp;gt; %1 BUYERS DOMINANT, &amp;gt; %2 STRONG BID, &amp;lt; %3 STRONG ASK, &amp;lt; %4 ASK HEAVY, else BALANCED</source>
        <translation>比值 &amp;gt; %1 买方主导，&amp;gt; %2 买盘强劲，&amp;lt; %3 卖盘强劲，&amp;lt; %4 卖盘偏重，否则均衡</translation>
    </message>
    <message>
        <source>waiting for data: no order book for %1 yet</source>
        <translation>等待数据：尚无 %1 的订单簿</translation>
    </message>
    <message>
        <source>depth is computed for the Institutional Flow view only</source>
        <translation>深度仅在机构资金流视图中计算</translation>
    </message>
    <message>
        <source>L2 · age %1 s · covers ±%2 · %3/%4 levels</source>
        <translation>L2 · 时效 %1 秒 · 覆盖 ±%2 · %3/%4 档</translation>
    </message>
    <message>
        <source>%1 updates applied, %2 ignored since the snapshot</source>
        <translation>自快照以来已应用 %1 次更新，忽略 %2 次</translation>
    </message>
    <message>
        <source>L1 FALLBACK (top of book only)</source>
        <translation>L1 备用（仅最优档）</translation>
    </message>
    <message>
        <source>top of book</source>
        <translation>最优档</translation>
    </message>
    <message>
        <source> (L1)</source>
        <translation>（L1）</translation>
    </message>
    <message>
        <source>spot</source>
        <translation>现货</translation>
    </message>
    <message>
        <source>perp</source>
        <translation>永续</translation>
    </message>
    <message>
        <source>bid share ±2 % (%)</source>
        <translation>±2 % 买盘占比（%）</translation>
    </message>
    <message>
        <source>now; bands 1 %, 2 %, 5 %; chart: bid / (bid + ask) USD within ±2 % of each L2 book, one sample per 5 s, last 15 minutes</source>
        <translation>当前；区间 1 %、2 %、5 %；图表：各 L2 订单簿 ±2 % 内买盘 / (买盘 + 卖盘) USD，每 5 秒一个样本，最近 15 分钟</translation>
    </message>
    <message>
        <source>Bid share ±2 % · %1 · needs an L2 book</source>
        <translation>±2 % 买盘占比 · %1 · 需要 L2 订单簿</translation>
    </message>
    <message>
        <source>Bid share ±2 % · %1 · above 50 %: bids outweigh asks</source>
        <translation>±2 % 买盘占比 · %1 · 高于 50 %：买盘多于卖盘</translation>
    </message>
    <message>
        <source>bid USD / (bid + ask) USD within ±2 % of the mid, per L2 book, every 5 s</source>
        <translation>中间价 ±2 % 内买盘 USD / (买盘 + 卖盘) USD，按 L2 订单簿，每 5 秒</translation>
    </message>
</context>
<context>
    <name>fd::DominancePanel</name>
    <message>
        <source>Venue</source>
        <translation>交易所</translation>
    </message>
    <message>
        <source>Volume 5m</source>
        <translation>5 分钟成交量</translation>
    </message>
    <message>
        <source>Share</source>
        <translation>占比</translation>
    </message>
    <message>
        <source>OI</source>
        <translation>OI</translation>
    </message>
    <message>
        <source>OI share</source>
        <translation>OI 占比</translation>
    </message>
    <message>
        <source>Exchange Dominance</source>
        <translation>交易所主导度</translation>
    </message>
    <message>
        <source>Which venue carries the volume and the open interest.</source>
        <translation>哪个交易所承载了成交量和持仓量。</translation>
    </message>
    <message>
        <source>volume share = venue USD / total USD (perp + spot, 5 m); OI share = venue OI USD / total OI USD (OI USD = notional when the relay sends it, else contracts · perp reference); migration = the venue whose 5 m share rose most against its 60 m share.</source>
        <translation>成交量占比 = 交易所 USD / 总 USD（永续 + 现货，5 分钟）；OI 占比 = 交易所 OI USD / 总 OI USD（中继提供名义价值时即为 OI USD，否则为合约数 · 永续参考价）；迁移 = 5 分钟占比相对 60 分钟占比上升最多的交易所。</translation>
    </message>
    <message>
        <source>trades and open_interest messages</source>
        <translation>成交与 open_interest 消息</translation>
    </message>
    <message>
        <source>no trades or open interest in the last 5 minutes</source>
        <translation>最近 5 分钟无成交或持仓量</translation>
    </message>
    <message>
        <source>Migration: %1 gaining (%2 share vs 60 m)</source>
        <translation>迁移：%1 份额上升（相对 60 分钟 %2）</translation>
    </message>
    <message>
        <source>Migration: n/a — %1</source>
        <translation>迁移：无数据——%1</translation>
    </message>
    <message>
        <source>volume share 5m %</source>
        <translation>5 分钟成交量占比 %</translation>
    </message>
    <message>
        <source>minutes ago</source>
        <translation>分钟前</translation>
    </message>
    <message>
        <source>5 minutes (migration: 5 m vs 60 m); chart: 5 m volume share per venue, one sample per 10 s, last 30 minutes</source>
        <translation>5 分钟（迁移：5 分钟对比 60 分钟）；图表：各交易所 5 分钟成交量占比，每 10 秒一个样本，最近 30 分钟</translation>
    </message>
    <message>
        <source>collecting: one sample per 10 s</source>
        <translation>采集中：每 10 秒一个样本</translation>
    </message>
</context>
<context>
    <name>fd::FeedHealthPanel</name>
    <message>
        <source>waiting for the first health snapshot</source>
        <translation>等待第一个健康快照</translation>
    </message>
    <message>
        <source>Venue</source>
        <translation>交易所</translation>
    </message>
    <message>
        <source>Symbol</source>
        <translation>品种</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>种类</translation>
    </message>
    <message>
        <source>msgs/s</source>
        <translation>消息/秒</translation>
    </message>
    <message>
        <source>Age (s)</source>
        <translation>时效（秒）</translation>
    </message>
    <message>
        <source>Stale</source>
        <translation>过期</translation>
    </message>
    <message>
        <source>Messages</source>
        <translation>消息数</translation>
    </message>
    <message>
        <source>Reject reason</source>
        <translation>拒绝原因</translation>
    </message>
    <message>
        <source>Count</source>
        <translation>次数</translation>
    </message>
    <message>
        <source>Last rejected sample</source>
        <translation>最近被拒样本</translation>
    </message>
    <message>
        <source>Select a reject reason to see the last rejected frame.</source>
        <translation>选择一个拒绝原因以查看最近被拒的帧。</translation>
    </message>
    <message>
        <source>Per stream (venue × symbol × type × kind) on the local receive clock: messages per second over the last 10 s, seconds since the last message, and stale when trades/L1 are older than 10 s or OI/funding older than 30 s. Rejected frames are counted by reason with the last rejected frame. Clock skew is receive time minus exchange time (median and 95th percentile).</source>
        <translation>按数据流（交易所 × 品种 × 类型 × 种类）以本地接收时钟统计：最近 10 秒每秒消息数、距上条消息的秒数；成交/L1 超过 10 秒或 OI/资金费率超过 30 秒即为过期。被拒帧按原因计数，并保留最近被拒的帧。时钟偏差 = 接收时间 − 交易所时间（中位数和第 95 百分位）。</translation>
    </message>
    <message>
        <source> · showing %1 only</source>
        <translation> · 仅显示 %1</translation>
    </message>
    <message>
        <source> · last error: %1</source>
        <translation> · 最近错误：%1</translation>
    </message>
    <message>
        <source>STALE</source>
        <translation>过期</translation>
    </message>
    <message>
        <source>ok</source>
        <translation>正常</translation>
    </message>
    <message>
        <source>Feed Health</source>
        <translation>数据源健康</translation>
    </message>
    <message>
        <source>%1 · %2 msgs/s · %3 streams, %4 stale · %5 rejected · CVD resets %6 · %7</source>
        <translation>%1 · %2 消息/秒 · %3 个数据流，%4 个过期 · %5 条被拒 · CVD 重置 %6 · %7</translation>
    </message>
</context>
<context>
    <name>fd::FundingPanel</name>
    <message>
        <source>Venue</source>
        <translation>交易所</translation>
    </message>
    <message>
        <source>Rate</source>
        <translation>费率</translation>
    </message>
    <message>
        <source>Interval</source>
        <translation>周期</translation>
    </message>
    <message>
        <source>8h rate</source>
        <translation>8 小时费率</translation>
    </message>
    <message>
        <source>1h Δ</source>
        <translation>1 小时 Δ</translation>
    </message>
    <message>
        <source>Payer</source>
        <translation>付费方</translation>
    </message>
    <message>
        <source>Intensity</source>
        <translation>强度</translation>
    </message>
    <message>
        <source>OI-weighted 8h</source>
        <translation>OI 加权 8 小时</translation>
    </message>
    <message>
        <source>Cross-venue differential</source>
        <translation>跨交易所差值</translation>
    </message>
    <message>
        <source>Funding Momentum</source>
        <translation>资金费率动量</translation>
    </message>
    <message>
        <source>Perpetual funding per venue and who pays it.</source>
        <translation>各交易所的永续资金费率以及由谁支付。</translation>
    </message>
    <message>
        <source>8h rate = rate · 8 / interval hours; arrow from the 1 h change; payer: &amp;gt; 0 LONGS PAY, &amp;lt; 0 SHORTS PAY; differential = max − min across venues.&lt;br&gt;Without a funding feed: est. rate = P + clamp(%1 % − P, −%2 %, +%2 %), P = time-average premium (perp mid − spot mid)/spot mid since the last 8 h boundary.</source>
        <translation>8 小时费率 = 费率 · 8 / 周期小时数；箭头来自 1 小时变化；付费方：&amp;gt; 0 多头付费，&amp;lt; 0 空头付费；差值 = 各交易所最大值 − 最小值。&lt;br&gt;无资金费率数据时：估算费率 = P + clamp(%1 % − P, −%2 %, +%2 %)，P = 自上一个 8 小时节点以来的时间平均溢价（永续中间价 − 现货中间价）/现货中间价。</translation>
    </message>
    <message>
        <source>funding_rate messages (rate per interval; interval from successive next_time values, OKX next_time − time, else 8 h)</source>
        <translation>funding_rate 消息（每周期费率；周期取自相邻的 next_time 值，OKX 为 next_time − time，否则为 8 小时）</translation>
    </message>
    <message>
        <source>latest message; momentum over 1 hour</source>
        <translation>最新消息；动量取 1 小时</translation>
    </message>
    <message>
        <source>EXTREME |8h| &amp;gt; %1 %, HIGH &amp;gt; %2 %, else NORMAL; ARB (cyan) when differential &amp;gt; %3 %</source>
        <translation>极端 |8 小时| &amp;gt; %1 %，高 &amp;gt; %2 %，否则正常；差值 &amp;gt; %3 % 时为套利（青色）</translation>
    </message>
    <message>
        <source>est. — the relay sends no funding: estimated from the spot/perp premium (%1 samples)</source>
        <translation>估算——中继未发送资金费率：根据现货/永续溢价估算（%1 个样本）</translation>
    </message>
    <message>
        <source>est.</source>
        <translation>估算</translation>
    </message>
    <message>
        <source>estimated, not a venue rate</source>
        <translation>估算值，非交易所费率</translation>
    </message>
    <message>
        <source>premium %1</source>
        <translation>溢价 %1</translation>
    </message>
    <message>
        <source>LONGS PAY</source>
        <translation>多头付费</translation>
    </message>
    <message>
        <source>SHORTS PAY</source>
        <translation>空头付费</translation>
    </message>
    <message>
        <source>NEUTRAL</source>
        <translation>中性</translation>
    </message>
    <message>
        <source>/h</source>
        <translation>/小时</translation>
    </message>
    <message>
        <source>longs paying shorts is a crowded-long signal</source>
        <translation>多头向空头付费是多头拥挤的信号</translation>
    </message>
    <message>
        <source>ARB: differential &gt; %1</source>
        <translation>套利：差值 &gt; %1</translation>
    </message>
    <message>
        <source>Symbol</source>
        <translation>品种</translation>
    </message>
    <message>
        <source>est. 8h</source>
        <translation>估算 8h</translation>
    </message>
    <message>
        <source>Differential</source>
        <translation>差值</translation>
    </message>
    <message>
        <source>All symbols · 8h rate by venue</source>
        <translation>全部品种 · 各交易所 8h 费率</translation>
    </message>
    <message>
        <source>red: EXTREME, yellow: HIGH; positive: longs pay shorts</source>
        <translation>红色：极端，黄色：偏高；正值：多头支付空头</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>estimated from the spot/perp premium: the relay sends no funding</source>
        <translation>根据现货/永续溢价估算：中继未提供资金费率</translation>
    </message>
    <message>
        <source>no funding from this venue</source>
        <translation>该交易所没有资金费率</translation>
    </message>
</context>
<context>
    <name>fd::LiqClustersPanel</name>
    <message>
        <source>Bucket</source>
        <translation>价格档</translation>
    </message>
    <message>
        <source>USD 15m</source>
        <translation>USD 15 分钟</translation>
    </message>
    <message>
        <source>Longs</source>
        <translation>多头</translation>
    </message>
    <message>
        <source>Shorts</source>
        <translation>空头</translation>
    </message>
    <message>
        <source>Recent liquidations</source>
        <translation>最近爆仓</translation>
    </message>
    <message>
        <source>Liquidation Clusters</source>
        <translation>爆仓密集区</translation>
    </message>
    <message>
        <source>Where forced liquidations concentrated in the last 15 minutes.</source>
        <translation>最近 15 分钟强制平仓集中的位置。</translation>
    </message>
    <message>
        <source>bucket = [floor(price/step)·step, +step); per bucket the USD (price · qty) of liquidations, with long/short counts. Long liquidated: Binance/OKX order side Sell, Bybit position side Buy.</source>
        <translation>价格档 = [floor(价格/步长)·步长, +步长)；每档统计爆仓的 USD（价格 · 数量）及多空笔数。多头爆仓：Binance/OKX 订单方向为 Sell，Bybit 持仓方向为 Buy。</translation>
    </message>
    <message>
        <source>liquidation messages of all venues for the symbol</source>
        <translation>该品种所有交易所的爆仓消息</translation>
    </message>
    <message>
        <source>15 minutes; step = the round step nearest to %1 % of the session&apos;s first reference price (%2 now)</source>
        <translation>15 分钟；步长 = 最接近本次会话首个参考价 %1 % 的整数步长（当前 %2）</translation>
    </message>
    <message>
        <source>DANGER ZONE when a bucket ≥ %1 (BTC %2, ETH %3, others %4)</source>
        <translation>价格档 ≥ %1 时为危险区（BTC %2，ETH %3，其他 %4）</translation>
    </message>
    <message>
        <source>15m: longs %1 (%2) · shorts %3 (%4) · %5 buckets, step %6</source>
        <translation>15 分钟：多头 %1（%2）· 空头 %3（%4）· %5 个价格档，步长 %6</translation>
    </message>
    <message>
        <source>no liquidations in the last 15 minutes</source>
        <translation>最近 15 分钟无爆仓</translation>
    </message>
    <message>
        <source>current perp reference price</source>
        <translation>当前永续参考价</translation>
    </message>
    <message>
        <source>price</source>
        <translation>价格</translation>
    </message>
    <message>
        <source>longs %1 · shorts %2</source>
        <translation>多头 %1 · 空头 %2</translation>
    </message>
    <message>
        <source>DANGER ZONE</source>
        <translation>危险区</translation>
    </message>
    <message>
        <source>LONG liq.</source>
        <translation>多头爆仓</translation>
    </message>
    <message>
        <source>SHORT liq.</source>
        <translation>空头爆仓</translation>
    </message>
    <message>
        <source>no liquidation printed yet</source>
        <translation>尚无爆仓成交</translation>
    </message>
</context>
<context>
    <name>fd::MainWindow</name>
    <message>
        <source>Stop &amp;Recording</source>
        <translation>停止录制(&amp;R)</translation>
    </message>
    <message>
        <source>Start &amp;Recording…</source>
        <translation>开始录制(&amp;R)…</translation>
    </message>
    <message>
        <source>Recording to %1</source>
        <translation>正在录制到 %1</translation>
    </message>
    <message>
        <source>%1 % · %2 frames</source>
        <translation>%1 % · %2 帧</translation>
    </message>
    <message>
        <source>Replay finished.</source>
        <translation>回放结束。</translation>
    </message>
    <message>
        <source>Alert rules updated: %1 active. Save the workspace (Ctrl+S) to keep them with &quot;%2&quot;.</source>
        <translation>警报规则已更新：%1 条启用。保存工作区（Ctrl+S）以将其保留在“%2”中。</translation>
    </message>
    <message>
        <source>Alert rules updated: %1 active. Save the workspace as a named one to keep them with it.</source>
        <translation>警报规则已更新：%1 条启用。将工作区另存为命名工作区以保留这些规则。</translation>
    </message>
    <message>
        <source>Main</source>
        <translation>主工具栏</translation>
    </message>
    <message>
        <source> Symbol </source>
        <translation> 品种 </translation>
    </message>
    <message>
        <source>Global symbol (each panel can override it)</source>
        <translation>全局品种（各面板可单独覆盖）</translation>
    </message>
    <message>
        <source>Replay</source>
        <translation>回放</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>暂停</translation>
    </message>
    <message>
        <source>Play</source>
        <translation>播放</translation>
    </message>
    <message>
        <source>max</source>
        <translation>最快</translation>
    </message>
    <message>
        <source> Speed </source>
        <translation> 速度 </translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Open Recording…</source>
        <translation>打开录制文件(&amp;O)…</translation>
    </message>
    <message>
        <source>Connect to &amp;Relay</source>
        <translation>连接中继(&amp;R)</translation>
    </message>
    <message>
        <source>Run on &amp;Demo Data</source>
        <translation>使用演示数据(&amp;D)</translation>
    </message>
    <message>
        <source>Copy Panel Image</source>
        <translation>复制面板图像</translation>
    </message>
    <message>
        <source>Save Panel as PNG…</source>
        <translation>将面板保存为 PNG…</translation>
    </message>
    <message>
        <source>Export Panel as CSV…</source>
        <translation>将面板导出为 CSV…</translation>
    </message>
    <message>
        <source>Copy Window Image</source>
        <translation>复制窗口图像</translation>
    </message>
    <message>
        <source>Save Window as PNG…</source>
        <translation>将窗口保存为 PNG…</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>设置(&amp;S)…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <source>&amp;Workspace</source>
        <translation>工作区(&amp;W)</translation>
    </message>
    <message>
        <source>&amp;Saved Workspaces</source>
        <translation>已保存的工作区(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>保存(&amp;S)</translation>
    </message>
    <message>
        <source>Workspace &quot;%1&quot; saved to %2</source>
        <translation>工作区“%1”已保存到 %2</translation>
    </message>
    <message>
        <source>Save &amp;As…</source>
        <translation>另存为(&amp;A)…</translation>
    </message>
    <message>
        <source>&amp;Rename…</source>
        <translation>重命名(&amp;R)…</translation>
    </message>
    <message>
        <source>Only saved workspaces can be renamed; save this one first.</source>
        <translation>只能重命名已保存的工作区；请先保存此工作区。</translation>
    </message>
    <message>
        <source>Rename Workspace</source>
        <translation>重命名工作区</translation>
    </message>
    <message>
        <source>New name:</source>
        <translation>新名称：</translation>
    </message>
    <message>
        <source>&amp;Duplicate…</source>
        <translation>复制(&amp;D)…</translation>
    </message>
    <message>
        <source>Duplicate Workspace</source>
        <translation>复制工作区</translation>
    </message>
    <message>
        <source>Name of the copy:</source>
        <translation>副本名称：</translation>
    </message>
    <message>
        <source>%1 copy</source>
        <translation>%1 副本</translation>
    </message>
    <message>
        <source>De&amp;lete…</source>
        <translation>删除(&amp;L)…</translation>
    </message>
    <message>
        <source>There are no saved workspaces.</source>
        <translation>没有已保存的工作区。</translation>
    </message>
    <message>
        <source>Delete Workspace</source>
        <translation>删除工作区</translation>
    </message>
    <message>
        <source>Workspace:</source>
        <translation>工作区：</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>导出(&amp;E)…</translation>
    </message>
    <message>
        <source>Export Workspace</source>
        <translation>导出工作区</translation>
    </message>
    <message>
        <source>Workspace (*.json)</source>
        <translation>工作区 (*.json)</translation>
    </message>
    <message>
        <source>&amp;Import…</source>
        <translation>导入(&amp;I)…</translation>
    </message>
    <message>
        <source>Import Workspace</source>
        <translation>导入工作区</translation>
    </message>
    <message>
        <source>&amp;Alerts</source>
        <translation>警报(&amp;A)</translation>
    </message>
    <message>
        <source>Edit Alert &amp;Rules…</source>
        <translation>编辑警报规则(&amp;R)…</translation>
    </message>
    <message>
        <source>Show Alerts &amp;Log</source>
        <translation>显示警报日志(&amp;L)</translation>
    </message>
    <message>
        <source>&amp;Mute Sound and Desktop Notifications</source>
        <translation>静音提示音和桌面通知(&amp;M)</translation>
    </message>
    <message>
        <source>Alerts are still logged; only the beep and the desktop notification stop.</source>
        <translation>警报仍会记录；只停止提示音和桌面通知。</translation>
    </message>
    <message>
        <source>&amp;Clear Alerts Log</source>
        <translation>清空警报日志(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>视图(&amp;V)</translation>
    </message>
    <message>
        <source>&amp;Panels</source>
        <translation>面板(&amp;P)</translation>
    </message>
    <message>
        <source>&amp;Next Symbol</source>
        <translation>下一个品种(&amp;N)</translation>
    </message>
    <message>
        <source>&amp;Previous Symbol</source>
        <translation>上一个品种(&amp;P)</translation>
    </message>
    <message>
        <source>&amp;Full Screen</source>
        <translation>全屏(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <source>&amp;About FlowDesk</source>
        <translation>关于 FlowDesk(&amp;A)</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>关于 Qt(&amp;Q)</translation>
    </message>
    <message>
        <source>Alert rules of the last session (%1): %2.</source>
        <translation>上次会话的警报规则（%1）：%2。</translation>
    </message>
    <message>
        <source>No relay</source>
        <translation>无中继</translation>
    </message>
    <message>
        <source>No relay answered at %1 within 3 seconds.

Run on built-in demo data instead? Demo data is simulated and labelled DEMO.</source>
        <translation>%1 处的中继在 3 秒内没有响应。

改用内置演示数据吗？演示数据为模拟数据，并标注为 DEMO。</translation>
    </message>
    <message>
        <source>Use Demo Data</source>
        <translation>使用演示数据</translation>
    </message>
    <message>
        <source>Keep Trying</source>
        <translation>继续尝试</translation>
    </message>
    <message>
        <source>Remember my choice</source>
        <translation>记住我的选择</translation>
    </message>
    <message>
        <source>Open Recording</source>
        <translation>打开录制文件</translation>
    </message>
    <message>
        <source>Recordings (*.jsonl.gz *.jsonl *.gz);;All files (*)</source>
        <translation>录制文件 (*.jsonl.gz *.jsonl *.gz);;所有文件 (*)</translation>
    </message>
    <message>
        <source>Record Frames To</source>
        <translation>录制帧到</translation>
    </message>
    <message>
        <source>Recordings (*.jsonl.gz)</source>
        <translation>录制文件 (*.jsonl.gz)</translation>
    </message>
    <message>
        <source>The relay refused the connection as unauthorised: set the auth token in Settings.</source>
        <translation>中继以未授权为由拒绝连接：请在设置中填写认证令牌。</translation>
    </message>
    <message>
        <source>DEMO data</source>
        <translation>DEMO 数据</translation>
    </message>
    <message>
        <source>REPLAY %1</source>
        <translation>回放 %1</translation>
    </message>
    <message>
        <source>not connected</source>
        <translation>未连接</translation>
    </message>
    <message>
        <source>(no workspace)</source>
        <translation>（无工作区）</translation>
    </message>
    <message>
        <source>FlowDesk</source>
        <translation>FlowDesk</translation>
    </message>
    <message>
        <source>Panel:</source>
        <translation>面板：</translation>
    </message>
    <message>
        <source>Save Panel as PNG</source>
        <translation>将面板保存为 PNG</translation>
    </message>
    <message>
        <source>PNG image (*.png)</source>
        <translation>PNG 图像 (*.png)</translation>
    </message>
    <message>
        <source>Could not write %1.</source>
        <translation>无法写入 %1。</translation>
    </message>
    <message>
        <source>Save Window as PNG</source>
        <translation>将窗口保存为 PNG</translation>
    </message>
    <message>
        <source>Export Panel as CSV</source>
        <translation>将面板导出为 CSV</translation>
    </message>
    <message>
        <source>%1 has nothing tabular to export.</source>
        <translation>%1 没有可导出的表格数据。</translation>
    </message>
    <message>
        <source>CSV (*.csv)</source>
        <translation>CSV (*.csv)</translation>
    </message>
    <message>
        <source>Could not write %1: %2</source>
        <translation>无法写入 %1：%2</translation>
    </message>
    <message>
        <source>%1 exported to %2</source>
        <translation>%1 已导出到 %2</translation>
    </message>
    <message>
        <source>Settings saved to %1; theme and language apply after a restart.</source>
        <translation>设置已保存到 %1；主题和语言将在重启后生效。</translation>
    </message>
    <message>
        <source>Save Workspace As</source>
        <translation>工作区另存为</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>名称：</translation>
    </message>
    <message>
        <source> (mine)</source>
        <translation>（我的）</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is a built-in workspace; choose another name.</source>
        <translation>“%1”是内置工作区；请选择其他名称。</translation>
    </message>
    <message>
        <source>About FlowDesk</source>
        <translation>关于 FlowDesk</translation>
    </message>
    <message>
        <source>&lt;h3&gt;FlowDesk %1&lt;/h3&gt;&lt;p&gt;Order-flow terminal for crypto derivatives.&lt;/p&gt;&lt;p&gt;FlowDesk is free software under the GNU General Public License version 3 or later.&lt;/p&gt;&lt;p&gt;Built with:&lt;ul&gt;&lt;li&gt;Qt %2 — LGPL-3.0 / GPL-3.0 (Qt Charts: GPL-3.0)&lt;/li&gt;&lt;li&gt;QCustomPlot — GPL-3.0-or-later&lt;/li&gt;&lt;li&gt;simdjson — Apache-2.0 / MIT&lt;/li&gt;&lt;li&gt;QtKeychain — BSD-2-Clause&lt;/li&gt;&lt;li&gt;zlib — zlib licence&lt;/li&gt;&lt;/ul&gt;&lt;/p&gt;</source>
        <translation>&lt;h3&gt;FlowDesk %1&lt;/h3&gt;&lt;p&gt;加密衍生品订单流终端。&lt;/p&gt;&lt;p&gt;FlowDesk 是自由软件，依据 GNU 通用公共许可证第 3 版或更高版本发布。&lt;/p&gt;&lt;p&gt;构建所用组件：&lt;ul&gt;&lt;li&gt;Qt %2 — LGPL-3.0 / GPL-3.0（Qt Charts：GPL-3.0）&lt;/li&gt;&lt;li&gt;QCustomPlot — GPL-3.0-or-later&lt;/li&gt;&lt;li&gt;simdjson — Apache-2.0 / MIT&lt;/li&gt;&lt;li&gt;QtKeychain — BSD-2-Clause&lt;/li&gt;&lt;li&gt;zlib — zlib 许可证&lt;/li&gt;&lt;/ul&gt;&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Alert: %1</source>
        <translation>警报：%1</translation>
    </message>
    <message>
        <source>Click to open the Alerts Log.</source>
        <translation>点击打开警报日志。</translation>
    </message>
</context>
<context>
    <name>fd::MomentumPanel</name>
    <message>
        <source>Symbol</source>
        <translation>品种</translation>
    </message>
    <message>
        <source>vs VWAP 5m</source>
        <translation>相对 5 分钟 VWAP</translation>
    </message>
    <message>
        <source>Ticks 1m</source>
        <translation>1 分钟跳动</translation>
    </message>
    <message>
        <source>Streak</source>
        <translation>连续</translation>
    </message>
    <message>
        <source>Trade size</source>
        <translation>单笔规模</translation>
    </message>
    <message>
        <source>Trades/s</source>
        <translation>笔/秒</translation>
    </message>
    <message>
        <source>Momentum Signals</source>
        <translation>动量信号</translation>
    </message>
    <message>
        <source>Short-term momentum of the perpetuals.</source>
        <translation>永续合约的短期动量。</translation>
    </message>
    <message>
        <source>VWAP deviation = (perp reference − VWAP 5m) / VWAP 5m; ticks: tick rule per venue (zero ticks keep the direction), summed; streak on the venue with the most prints in the last minute; size trend = avg taker order 1m / 15m.</source>
        <translation>VWAP 偏离 = (永续参考价 − 5 分钟 VWAP) / 5 分钟 VWAP；跳动：按交易所应用 tick 规则（零跳动沿用前一方向）后求和；连续：最近一分钟成交笔数最多的交易所上的连续跳动；单笔规模趋势 = 1 分钟 / 15 分钟平均主动订单。</translation>
    </message>
    <message>
        <source>perp trades</source>
        <translation>永续成交</translation>
    </message>
    <message>
        <source>size trend &amp;gt; %1 Increasing, &amp;lt; %2 Decreasing; trades/s HIGH &amp;gt; %3, MEDIUM &amp;gt; %4</source>
        <translation>单笔规模趋势 &amp;gt; %1 增大，&amp;lt; %2 减小；每秒成交 高 &amp;gt; %3，中 &amp;gt; %4</translation>
    </message>
    <message>
        <source>current tick streak on %1</source>
        <translation>%1 上当前的连续跳动</translation>
    </message>
    <message>
        <source>no tick direction yet</source>
        <translation>尚无跳动方向</translation>
    </message>
    <message>
        <source>↑%1 ↓%2 (%3 up)</source>
        <translation>↑%1 ↓%2（上涨 %3）</translation>
    </message>
    <message>
        <source>1 minute (VWAP 5 m, size trend 1 m vs 15 m); chart: VWAP deviation and trades/s of the selected symbol, one sample per 5 s, last 15 minutes</source>
        <translation>1 分钟（VWAP 5 分钟，单笔规模趋势 1 分钟对比 15 分钟）；图表：所选品种的 VWAP 偏离与每秒成交笔数，每 5 秒一个样本，最近 15 分钟</translation>
    </message>
    <message>
        <source>vs VWAP 5m · %1 · collecting (one sample per 5 s)</source>
        <translation>相对 5 分钟 VWAP · %1 · 收集中（每 5 秒一个样本）</translation>
    </message>
    <message>
        <source>vs VWAP 5m (bars, %) and trades/s (line) · %1 · last %2 min</source>
        <translation>相对 5 分钟 VWAP（柱，%）与每秒成交（线）· %1 · 最近 %2 分钟</translation>
    </message>
    <message>
        <source>green: price above its 5 m VWAP; red: below</source>
        <translation>绿色：价格高于 5 分钟 VWAP；红色：低于</translation>
    </message>
    <message>
        <source>minutes ago</source>
        <translation>分钟前</translation>
    </message>
    <message>
        <source>vs VWAP %</source>
        <translation>相对 VWAP %</translation>
    </message>
    <message>
        <source>trades/s</source>
        <translation>笔/秒</translation>
    </message>
    <message>
        <source>%1: average taker order 15 m → 1 m (ratio %2)</source>
        <translation>%1：平均主动订单 15 分钟 → 1 分钟（比值 %2）</translation>
    </message>
</context>
<context>
    <name>fd::OrderflowPanel</name>
    <message>
        <source>Symbol</source>
        <translation>品种</translation>
    </message>
    <message>
        <source>Buy share 1m</source>
        <translation>1 分钟买入占比</translation>
    </message>
    <message>
        <source>Buy %</source>
        <translation>买入 %</translation>
    </message>
    <message>
        <source>Net flow</source>
        <translation>净流入</translation>
    </message>
    <message>
        <source>Imbalance</source>
        <translation>失衡</translation>
    </message>
    <message>
        <source>Trend</source>
        <translation>趋势</translation>
    </message>
    <message>
        <source>Imbalance 15m</source>
        <translation>15 分钟失衡</translation>
    </message>
    <message>
        <source>Orderflow Imbalance</source>
        <translation>订单流失衡</translation>
    </message>
    <message>
        <source>Who is hitting the market: taker buys vs taker sells on perpetuals, all venues.</source>
        <translation>谁在主动吃单：所有交易所永续合约的主动买入对比主动卖出。</translation>
    </message>
    <message>
        <source>buy share = buy USD / (buy + sell) · 100; imbalance = (buy − sell)/(buy + sell) · 100; net flow = (buy − sell) USD per minute.&lt;br&gt;Arrow: z-score of the 1 m imbalance against its last %1 one-minute samples (|z| &amp;lt; 0.5 →, 0.5–1 ↑, 1–2 ↑↑, &amp;gt; 2 ↑↑↑); with fewer than %2 samples fixed steps of 10/25/50 points.</source>
        <translation>买入占比 = 买入 USD / (买入 + 卖出) · 100；失衡 = (买入 − 卖出)/(买入 + 卖出) · 100；净流入 = 每分钟 (买入 − 卖出) USD。&lt;br&gt;箭头：1 分钟失衡相对最近 %1 个 1 分钟样本的 z 分数（|z| &amp;lt; 0.5 →，0.5–1 ↑，1–2 ↑↑，&amp;gt; 2 ↑↑↑）；样本少于 %2 个时按 10/25/50 点固定分档。</translation>
    </message>
    <message>
        <source>perp taker prints (side = taker side), price × size in USD</source>
        <translation>永续主动成交（方向 = 主动方），价格 × 数量，单位 USD</translation>
    </message>
    <message>
        <source>ACCEL when imbalance 1m &amp;gt; 5m + %1 points, FADING when 1m &amp;lt; 5m − %1 points, else STEADY</source>
        <translation>1 分钟失衡 &amp;gt; 5 分钟 + %1 点为加速，1 分钟 &amp;lt; 5 分钟 − %1 点为减弱，否则平稳</translation>
    </message>
    <message>
        <source>%1 of 10 cells buy</source>
        <translation>10 格中 %1 格为买入</translation>
    </message>
    <message>
        <source>/min</source>
        <translation>/分钟</translation>
    </message>
    <message>
        <source>buy %1 · sell %2 over 1 m</source>
        <translation>1 分钟内买入 %1 · 卖出 %2</translation>
    </message>
    <message>
        <source>imbalance 1m %1 points</source>
        <translation>1 分钟失衡 %1 点</translation>
    </message>
    <message>
        <source>imbalance 1m %1 vs 5m %2</source>
        <translation>失衡 1 分钟 %1 对比 5 分钟 %2</translation>
    </message>
    <message>
        <source>1 m imbalance per minute, last 15 minutes (%1 minutes with trades)</source>
        <translation>每分钟的 1 分钟失衡，最近 15 分钟（%1 分钟有成交）</translation>
    </message>
    <message>
        <source>no complete minute yet</source>
        <translation>尚无完整的一分钟</translation>
    </message>
    <message>
        <source>1 minute (trend compares with 5 minutes); sparkline: 1 m imbalance per minute, last 15 minutes; chart: 1 m imbalance and perp reference price of the selected symbol, one sample per 5 s, last 15 minutes</source>
        <translation>1 分钟（趋势与 5 分钟比较）；迷你图：每分钟的 1 分钟失衡，最近 15 分钟；图表：所选品种的 1 分钟失衡与永续参考价，每 5 秒一个样本，最近 15 分钟</translation>
    </message>
    <message>
        <source>Imbalance 1m · %1 · collecting (one sample per 5 s)</source>
        <translation>1 分钟失衡 · %1 · 采集中（每 5 秒一个样本）</translation>
    </message>
    <message>
        <source>Imbalance 1m (bars, points) and price (line) · %1 · last %2 min</source>
        <translation>1 分钟失衡（柱，点）与价格（线）· %1 · 最近 %2 分钟</translation>
    </message>
    <message>
        <source>green: taker buys dominate the minute before each sample; red: taker sells</source>
        <translation>绿色：每个样本前一分钟主动买入占优；红色：主动卖出占优</translation>
    </message>
    <message>
        <source>minutes ago</source>
        <translation>分钟前</translation>
    </message>
    <message>
        <source>imbalance</source>
        <translation>失衡</translation>
    </message>
    <message>
        <source>price</source>
        <translation>价格</translation>
    </message>
</context>
<context>
    <name>fd::PanelBase</name>
    <message>
        <source>waiting for data</source>
        <translation>等待数据</translation>
    </message>
    <message>
        <source>waiting for data: no market seen yet</source>
        <translation>等待数据：尚未看到任何市场</translation>
    </message>
    <message>
        <source>no data for %1 yet (seen: %2)</source>
        <translation>尚无 %1 的数据（已见：%2）</translation>
    </message>
</context>
<context>
    <name>fd::PanelCatalog</name>
    <message>
        <source>Orderflow Imbalance</source>
        <translation>订单流失衡</translation>
    </message>
    <message>
        <source>Spot vs Perp Basis</source>
        <translation>现货与永续基差</translation>
    </message>
    <message>
        <source>Liquidation Clusters</source>
        <translation>爆仓密集区</translation>
    </message>
    <message>
        <source>Funding Momentum</source>
        <translation>资金费率动量</translation>
    </message>
    <message>
        <source>Whale Detector</source>
        <translation>巨鲸监测</translation>
    </message>
    <message>
        <source>CVD Divergence</source>
        <translation>CVD 背离</translation>
    </message>
    <message>
        <source>Smart Money Tracker</source>
        <translation>聪明钱追踪</translation>
    </message>
    <message>
        <source>Exchange Dominance</source>
        <translation>交易所主导度</translation>
    </message>
    <message>
        <source>Orderbook Depth Imbalance</source>
        <translation>订单簿深度失衡</translation>
    </message>
    <message>
        <source>Momentum Signals</source>
        <translation>动量信号</translation>
    </message>
    <message>
        <source>Liquidation Cascade Risk</source>
        <translation>连环爆仓风险</translation>
    </message>
    <message>
        <source>Market Regime</source>
        <translation>市场状态</translation>
    </message>
    <message>
        <source>Arbitrage Opportunities</source>
        <translation>套利机会</translation>
    </message>
    <message>
        <source>Correlation Matrix</source>
        <translation>相关性矩阵</translation>
    </message>
    <message>
        <source>Price &amp; CVD</source>
        <translation>价格与 CVD</translation>
    </message>
    <message>
        <source>Volume Profile</source>
        <translation>成交量分布</translation>
    </message>
    <message>
        <source>Signals</source>
        <translation>信号</translation>
    </message>
    <message>
        <source>Feed Health</source>
        <translation>数据源健康</translation>
    </message>
    <message>
        <source>Alerts Log</source>
        <translation>警报日志</translation>
    </message>
</context>
<context>
    <name>fd::PanelDocks</name>
    <message>
        <source>Market Microstructure</source>
        <translation>市场微观结构</translation>
    </message>
    <message>
        <source>Institutional Flow</source>
        <translation>机构资金流</translation>
    </message>
    <message>
        <source>Risk &amp; Arbitrage</source>
        <translation>风险与套利</translation>
    </message>
    <message>
        <source>Everything</source>
        <translation>全部</translation>
    </message>
</context>
<context>
    <name>fd::PlaceholderPanel</name>
    <message>
        <source>Field</source>
        <translation>字段</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>数值</translation>
    </message>
    <message>
        <source>%1 (%2 view). Placeholder: shows the snapshot fields %3 until the panel itself is available.</source>
        <translation>%1（%2 视图）。占位面板：在正式面板可用前显示快照字段 %3。</translation>
    </message>
    <message>
        <source>%1 · snapshot fields (placeholder)</source>
        <translation>%1 · 快照字段（占位）</translation>
    </message>
    <message>
        <source>%1 (panel override) · snapshot fields (placeholder)</source>
        <translation>%1（面板覆盖）· 快照字段（占位）</translation>
    </message>
    <message>
        <source>waiting for the first %1 snapshot</source>
        <translation>等待第一个 %1 快照</translation>
    </message>
    <message>
        <source>no data for %1 in this snapshot</source>
        <translation>此快照中没有 %1 的数据</translation>
    </message>
</context>
<context>
    <name>fd::PriceCvdPanel</name>
    <message>
        <source>Composite (perp reference price, CVD summed over venues) or one venue</source>
        <translation>综合（永续参考价，各交易所 CVD 求和）或单个交易所</translation>
    </message>
    <message>
        <source>Composite</source>
        <translation>综合</translation>
    </message>
    <message>
        <source>Live</source>
        <translation>实时</translation>
    </message>
    <message>
        <source>Follow the newest data (double-click the chart does the same)</source>
        <translation>跟随最新数据（双击图表效果相同）</translation>
    </message>
    <message>
        <source>price</source>
        <translation>价格</translation>
    </message>
    <message>
        <source>CVD $</source>
        <translation>CVD $</translation>
    </message>
    <message>
        <source>time (UTC) · wheel: zoom, drag: pan</source>
        <translation>时间（UTC）· 滚轮：缩放，拖动：平移</translation>
    </message>
    <message>
        <source>Price &amp; CVD</source>
        <translation>价格与 CVD</translation>
    </message>
    <message>
        <source>Does the aggressive flow (CVD) confirm the price? Per venue or composite, over the last hour.</source>
        <translation>主动资金流（CVD）是否确认了价格？按交易所或综合，最近一小时。</translation>
    </message>
    <message>
        <source>composite price = perp reference (median of fresh L1 mids, else the last trade) at each bar&apos;s end; venue price = VWAP of its perp prints in the bar (carried over bars without prints). CVD = running Σ signed USD of perp taker prints since start, at each bar&apos;s end; composite = Σ venues.</source>
        <translation>综合价格 = 每根 K 线结束时的永续参考价（新鲜 L1 中间价的中位数，否则为最新成交价）；交易所价格 = 该 K 线内其永续成交的 VWAP（无成交的 K 线沿用前值）。CVD = 自启动起永续主动成交带符号 USD 的累计和，取每根 K 线结束时的值；综合 = 各交易所之和。</translation>
    </message>
    <message>
        <source>perp trades and quotes of every venue for the symbol</source>
        <translation>该品种所有交易所的永续成交与报价</translation>
    </message>
    <message>
        <source>%1 s bars over the last %2 minutes; the newest bar is in progress</source>
        <translation>最近 %2 分钟的 %1 秒 K 线；最新一根仍在形成中</translation>
    </message>
    <message>
        <source>none (a chart); wheel zooms and drag pans the time axis, double-click returns to live</source>
        <translation>无（图表）；滚轮缩放、拖动平移时间轴，双击返回实时</translation>
    </message>
    <message>
        <source>waiting for perp trades of %1…</source>
        <translation>等待 %1 的永续成交…</translation>
    </message>
    <message>
        <source>composite</source>
        <translation>综合</translation>
    </message>
    <message>
        <source>price · %1</source>
        <translation>价格 · %1</translation>
    </message>
    <message>
        <source>CVD · %1</source>
        <translation>CVD · %1</translation>
    </message>
    <message>
        <source>%1 · price %2 · CVD %3</source>
        <translation>%1 · 价格 %2 · CVD %3</translation>
    </message>
</context>
<context>
    <name>fd::RegimePanel</name>
    <message>
        <source>Symbol</source>
        <translation>品种</translation>
    </message>
    <message>
        <source>Regime</source>
        <translation>市场状态</translation>
    </message>
    <message>
        <source>Direction</source>
        <translation>方向</translation>
    </message>
    <message>
        <source>Vol</source>
        <translation>波动率</translation>
    </message>
    <message>
        <source>Liquidity</source>
        <translation>流动性</translation>
    </message>
    <message>
        <source>Market Regime</source>
        <translation>市场状态</translation>
    </message>
    <message>
        <source>What kind of market this is, from 1 m bars of the perp reference over 60 minutes.</source>
        <translation>当前属于哪种行情，依据 60 分钟内永续参考价的 1 分钟 K 线判断。</translation>
    </message>
    <message>
        <source>ER = |P_t − P_t−30| / Σ|ΔP| (last 30 bars); RV_n = std of 1 m log returns over n bars × √525600; vol ratio = RV15 / RV60. Liquidity = mean percentile (last hour) of top-of-book USD, 1/spread and trades/s.</source>
        <translation>ER = |P_t − P_t−30| / Σ|ΔP|（最近 30 根 K 线）；RV_n = n 根 K 线 1 分钟对数收益率的标准差 × √525600；波动率比 = RV15 / RV60。流动性 = 最优档 USD、1/价差和每秒成交笔数在最近一小时内百分位的均值。</translation>
    </message>
    <message>
        <source>perp reference, L1 quotes, trades; implied vol only from options data (the relay sends none)</source>
        <translation>永续参考价、L1 报价、成交；隐含波动率仅来自期权数据（中继未提供）</translation>
    </message>
    <message>
        <source>TRENDING ER ≥ %1; VOLATILE ratio &amp;gt; %2 and ER &amp;lt; %3; RANGE-BOUND ER &amp;lt; %4 and ratio &amp;lt; %5; else RANGING. Vol INCREASING &amp;gt; %6, DECREASING &amp;lt; %7. Liquidity THIN &amp;lt; %8, THICK &amp;gt; %9</source>
        <translation>趋势 ER ≥ %1；剧烈波动 比值 &amp;gt; %2 且 ER &amp;lt; %3；区间盘整 ER &amp;lt; %4 且比值 &amp;lt; %5；否则震荡。波动率 上升 &amp;gt; %6，下降 &amp;lt; %7。流动性 稀薄 &amp;lt; %8，充裕 &amp;gt; %9</translation>
    </message>
    <message>
        <source>ER %1 · vol ratio %2 · %3 bars</source>
        <translation>ER %1 · 波动率比 %2 · %3 根 K 线</translation>
    </message>
    <message>
        <source>percentiles: top of book %1, 1/spread %2, trades %3 (%4 samples)</source>
        <translation>百分位：最优档 %1，1/价差 %2，成交 %3（%4 个样本）</translation>
    </message>
    <message>
        <source>warming up %1/%2</source>
        <translation>预热中 %1/%2</translation>
    </message>
    <message>
        <source>capped by sample sufficiency: %1 of 60 min of 1-minute returns</source>
        <translation>受样本量限制：1 分钟收益率已有 %1 / 60 分钟</translation>
    </message>
    <message>
        <source>%1 of %2 min of 1-minute bars (%3)</source>
        <translation>1 分钟 K 线 %1 / %2 分钟（%3）</translation>
    </message>
    <message>
        <source>warming up: %1; the regime needs %2 min, full confidence after 60 min</source>
        <translation>预热中：%1；判断市场状态需要 %2 分钟，60 分钟后达到完全置信</translation>
    </message>
    <message>
        <source>Conf.</source>
        <translation>置信度</translation>
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
        <translation>置信度 0–100</translation>
    </message>
    <message>
        <source>realised volatility over 15 and 60 minutes, annualised</source>
        <translation>15 分钟和 60 分钟的已实现波动率，年化</translation>
    </message>
    <message>
        <source>implied volatility (ATM mark IV from options data)</source>
        <translation>隐含波动率（来自期权数据的平值标记 IV）</translation>
    </message>
    <message>
        <source>60 minutes of 1 m bars; confidence capped by bars/60; timeline: the regime of each symbol over the last hour, since the panel started</source>
        <translation>60 分钟的 1 分钟 K 线；置信度上限为 K 线数/60；时间线：各品种最近一小时的市场状态（自面板启动起）</translation>
    </message>
    <message>
        <source>warming up</source>
        <translation>预热中</translation>
    </message>
    <message>
        <source>Regime over the last hour</source>
        <translation>最近一小时的市场状态</translation>
    </message>
    <message>
        <source>IV n/a: %1</source>
        <translation>IV 无数据：%1</translation>
    </message>
    <message>
        <source>yellow: ranging or range-bound, red: volatile or trending down, green: trending up, grey: warming up</source>
        <translation>黄色：震荡或区间盘整，红色：剧烈波动或下跌趋势，绿色：上涨趋势，灰色：预热中</translation>
    </message>
</context>
<context>
    <name>fd::RegimeTimeline</name>
    <message>
        <source>now</source>
        <translation>现在</translation>
    </message>
    <message>
        <source>−%1 min</source>
        <translation>−%1 分钟</translation>
    </message>
</context>
<context>
    <name>fd::SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>设置</translation>
    </message>
    <message>
        <source>Relay URL</source>
        <translation>中继 URL</translation>
    </message>
    <message>
        <source>unchanged (stored in the OS keychain)</source>
        <translation>未更改（保存在系统钥匙串中）</translation>
    </message>
    <message>
        <source>Auth token</source>
        <translation>认证令牌</translation>
    </message>
    <message>
        <source>OKX perpetual sizes are in contracts (TMP/DEV relay profile)</source>
        <translation>OKX 永续数量以合约张数计（TMP/DEV 中继配置）</translation>
    </message>
    <message>
        <source>Relay profile</source>
        <translation>中继配置</translation>
    </message>
    <message>
        <source>Extra CA file (PEM)</source>
        <translation>额外 CA 文件（PEM）</translation>
    </message>
    <message>
        <source>Relay</source>
        <translation>中继</translation>
    </message>
    <message>
        <source>Metrics</source>
        <translation>指标</translation>
    </message>
    <message>
        <source>Market Microstructure refresh (ms)</source>
        <translation>市场微观结构刷新（毫秒）</translation>
    </message>
    <message>
        <source>Institutional Flow refresh (ms)</source>
        <translation>机构资金流刷新（毫秒）</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>深色</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>浅色</translation>
    </message>
    <message>
        <source>Theme</source>
        <translation>主题</translation>
    </message>
    <message>
        <source>System default</source>
        <translation>跟随系统</translation>
    </message>
    <message>
        <source>Takes effect when FlowDesk is restarted. Numbers in panels follow the language&apos;s format; exported and saved files do not.</source>
        <translation>重启 FlowDesk 后生效。面板中的数字采用该语言的格式；导出和保存的文件不受影响。</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>语言</translation>
    </message>
    <message>
        <source>Demo speed (× wall time)</source>
        <translation>演示速度（× 实际时间）</translation>
    </message>
    <message>
        <source>Demo seed</source>
        <translation>演示随机种子</translation>
    </message>
    <message>
        <source>Demo rate multiplier</source>
        <translation>演示速率倍数</translation>
    </message>
    <message>
        <source>Replay speed (0 = max)</source>
        <translation>回放速度（0 = 最快）</translation>
    </message>
    <message>
        <source>Display &amp;&amp; defaults</source>
        <translation>显示与默认值</translation>
    </message>
    <message>
        <source>Extra CA file: %1 does not exist.</source>
        <translation>额外 CA 文件：%1 不存在。</translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; is not a number.</source>
        <translation>%1：“%2”不是数字。</translation>
    </message>
    <message>
        <source>%1: must be a whole number.</source>
        <translation>%1：必须是整数。</translation>
    </message>
    <message>
        <source>%1: must be a whole number of milliseconds.</source>
        <translation>%1：必须是整数毫秒。</translation>
    </message>
    <message>
        <source>%1: not a number.</source>
        <translation>%1：不是数字。</translation>
    </message>
    <message>
        <source>Demo rate multiplier: must be above 0 and at most 1000.</source>
        <translation>演示速率倍数：必须大于 0 且不超过 1000。</translation>
    </message>
    <message>
        <source>Demo seed: must be a non-negative whole number.</source>
        <translation>演示随机种子：必须是非负整数。</translation>
    </message>
    <message>
        <source>No keychain available</source>
        <translation>没有可用的钥匙串</translation>
    </message>
    <message>
        <source>No OS keychain service is available, so the relay token cannot be stored securely.

Store it in plain text in %1 (readable by anyone who can read your files)?
If you say No, the token is used for this session only.</source>
        <translation>系统没有可用的钥匙串服务，因此无法安全保存中继令牌。

要以明文保存在 %1 中吗（任何能读取您文件的人都可以读取）？
如果选择“否”，令牌仅用于本次会话。</translation>
    </message>
    <message>
        <source>Risk &amp;&amp; Arbitrage refresh (ms)</source>
        <translation>风险与套利刷新（毫秒）</translation>
    </message>
</context>
<context>
    <name>fd::SignalsPanel</name>
    <message>
        <source>Signals</source>
        <translation>信号</translation>
    </message>
    <message>
        <source>Critical transitions across all symbols, newest first.</source>
        <translation>所有品种的关键状态变化，最新的在前。</translation>
    </message>
    <message>
        <source>orderflow imbalance beyond ↑↑/↓↓, liquidation cluster DANGER, volume-profile node, basis STEEP or arbitrage, funding EXTREME or ARB, net-flow leader change, cascade risk HIGH, regime change, liquidity THIN, stream stale. A signal fires on a transition.</source>
        <translation>订单流失衡超过 ↑↑/↓↓、爆仓密集区危险、成交量分布节点、基差陡峭或套利、资金费率极端或套利、净流入领先者变化、连环爆仓风险高、市场状态切换、流动性稀薄、数据流过期。信号在状态变化时触发。</translation>
    </message>
    <message>
        <source>every metric of the snapshot</source>
        <translation>快照中的所有指标</translation>
    </message>
    <message>
        <source>the last 200 signals</source>
        <translation>最近 200 条信号</translation>
    </message>
    <message>
        <source>each signal uses the thresholds of its metric (see that panel&apos;s ?)</source>
        <translation>每条信号使用其指标的阈值（见该面板的 ?）</translation>
    </message>
    <message>
        <source>critical</source>
        <translation>严重</translation>
    </message>
    <message>
        <source>warning</source>
        <translation>警告</translation>
    </message>
    <message>
        <source>info</source>
        <translation>信息</translation>
    </message>
    <message>
        <source>waiting for data: no signal yet</source>
        <translation>等待数据：尚无信号</translation>
    </message>
</context>
<context>
    <name>fd::SmartMoneyPanel</name>
    <message>
        <source>Symbol</source>
        <translation>品种</translation>
    </message>
    <message>
        <source>Net flow 5m</source>
        <translation>5 分钟净流入</translation>
    </message>
    <message>
        <source>Velocity</source>
        <translation>速度</translation>
    </message>
    <message>
        <source>Aggr. buy</source>
        <translation>主动买</translation>
    </message>
    <message>
        <source>Aggr. sell</source>
        <translation>主动卖</translation>
    </message>
    <message>
        <source>Buy/sell orders</source>
        <translation>买/卖单数</translation>
    </message>
    <message>
        <source>Buy/sell $</source>
        <translation>买/卖金额</translation>
    </message>
    <message>
        <source>Exchange</source>
        <translation>交易所</translation>
    </message>
    <message>
        <source>CVD 1m</source>
        <translation>CVD 1 分钟</translation>
    </message>
    <message>
        <source>CVD 5m</source>
        <translation>CVD 5 分钟</translation>
    </message>
    <message>
        <source>CVD 15m</source>
        <translation>CVD 15 分钟</translation>
    </message>
    <message>
        <source>CVD session</source>
        <translation>CVD 本次会话</translation>
    </message>
    <message>
        <source>Relay CVD</source>
        <translation>中继 CVD</translation>
    </message>
    <message>
        <source>Smart Money Tracker</source>
        <translation>聪明钱追踪</translation>
    </message>
    <message>
        <source>Net aggressive flow and who is the aggressor, per symbol and per exchange (perpetuals).</source>
        <translation>按品种和交易所统计的主动净流入以及主动方（永续合约）。</translation>
    </message>
    <message>
        <source>net flow = Σ buy taker USD − Σ sell taker USD; velocity = net flow per minute (5 m / 5); aggressor buy % = buy taker orders / all taker orders; ratio = buy orders / sell orders (and by USD). CVD per exchange = running Σ signed USD of perp taker prints; the relay&apos;s own CVD stream is shown as a cross-check (increments, resets detected).</source>
        <translation>净流入 = Σ 主动买入 USD − Σ 主动卖出 USD；速度 = 每分钟净流入（5 分钟 / 5）；主动买入 % = 主动买单数 / 全部主动订单数；比值 = 买单数 / 卖单数（以及按 USD）。各交易所 CVD = 永续主动成交带符号 USD 的累计和；中继自带的 CVD 数据流用于交叉校验（增量，检测重置）。</translation>
    </message>
    <message>
        <source>perp taker prints; taker orders = prints with the same market, side and ms timestamp</source>
        <translation>永续主动成交；主动订单 = 市场、方向和毫秒时间戳相同的成交</translation>
    </message>
    <message>
        <source>arrow |z| &amp;lt; 0.5 →, 0.5–1 ↑, 1–2 ↑↑, &amp;gt; 2 ↑↑↑</source>
        <translation>箭头 |z| &amp;lt; 0.5 →，0.5–1 ↑，1–2 ↑↑，&amp;gt; 2 ↑↑↑</translation>
    </message>
    <message>
        <source>buy %1 · sell %2</source>
        <translation>买入 %1 · 卖出 %2</translation>
    </message>
    <message>
        <source>/min</source>
        <translation>/分钟</translation>
    </message>
    <message>
        <source>%1 buy / %2 sell taker orders</source>
        <translation>主动买单 %1 / 主动卖单 %2</translation>
    </message>
    <message>
        <source>Per-exchange CVD · %1</source>
        <translation>各交易所 CVD · %1</translation>
    </message>
    <message>
        <source> (%1 resets)</source>
        <translation>（%1 次重置）</translation>
    </message>
    <message>
        <source>relay cumulative_volume_delta increments, %1 messages</source>
        <translation>中继 cumulative_volume_delta 增量，%1 条消息</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>合计</translation>
    </message>
    <message>
        <source>corr %1</source>
        <translation>相关 %1</translation>
    </message>
    <message>
        <source>mean pairwise Pearson of 1 s CVD increments between venues, 5 m</source>
        <translation>各交易所 1 秒 CVD 增量两两 Pearson 相关的均值，5 分钟</translation>
    </message>
    <message>
        <source>5 minutes (arrow: 1 m imbalance against its last 60 one-minute samples); chart: net flow 5m of the selected symbol, one sample per 10 s, last 15 minutes</source>
        <translation>5 分钟（箭头：1 分钟失衡相对最近 60 个 1 分钟样本）；图表：所选品种的 5 分钟净流入，每 10 秒一个样本，最近 15 分钟</translation>
    </message>
    <message>
        <source>Net flow 5m · %1 · collecting (one sample per 10 s)</source>
        <translation>5 分钟净流入 · %1 · 收集中（每 10 秒一个样本）</translation>
    </message>
    <message>
        <source>Net flow 5m · %1 · last %2 min</source>
        <translation>5 分钟净流入 · %1 · 最近 %2 分钟</translation>
    </message>
    <message>
        <source>positive: taker buys exceed taker sells over the 5 minutes before each sample</source>
        <translation>正值：每个样本前 5 分钟内主动买入超过主动卖出</translation>
    </message>
    <message>
        <source>minutes ago</source>
        <translation>分钟前</translation>
    </message>
    <message>
        <source>net flow %1</source>
        <translation>净流入 %1</translation>
    </message>
</context>
<context>
    <name>fd::StatusIndicators</name>
    <message>
        <source>– msgs/s</source>
        <translation>– 消息/秒</translation>
    </message>
    <message>
        <source>skew n/a</source>
        <translation>偏差 无数据</translation>
    </message>
    <message>
        <source>DEMO</source>
        <translation>演示</translation>
    </message>
    <message>
        <source>REPLAY</source>
        <translation>回放</translation>
    </message>
    <message>
        <source>Reconnecting in %1 s</source>
        <translation>%1 秒后重新连接</translation>
    </message>
    <message>
        <source>Unauthorised — check the auth token</source>
        <translation>未授权——请检查认证令牌</translation>
    </message>
    <message>
        <source>%1 msgs/s</source>
        <translation>%1 消息/秒</translation>
    </message>
    <message>
        <source>skew n/a (simulated or replayed clock)</source>
        <translation>偏差 无数据（模拟或回放时钟）</translation>
    </message>
    <message>
        <source>skew %1 ms (p95 %2 ms)</source>
        <translation>偏差 %1 毫秒（p95 %2 毫秒）</translation>
    </message>
    <message>
        <source>%1: %2 streams, %3 stale — click for Feed Health</source>
        <translation>%1：%2 个数据流，%3 个过期——点击查看数据源健康</translation>
    </message>
    <message>
        <source>● REC</source>
        <translation>● 录制</translation>
    </message>
    <message>
        <source>Recording to %1</source>
        <translation>正在录制到 %1</translation>
    </message>
</context>
<context>
    <name>fd::TokenStore</name>
    <message>
        <source>token removed (%1)</source>
        <translation>令牌已删除（%1）</translation>
    </message>
    <message>
        <source>stored in plain text in %1 (%2)</source>
        <translation>以明文保存在 %1 中（%2）</translation>
    </message>
    <message>
        <source>not stored: no keychain (%1) and storing it in %2 was declined</source>
        <translation>未保存：没有钥匙串（%1），且拒绝保存到 %2</translation>
    </message>
    <message>
        <source>no keychain service</source>
        <translation>无钥匙串服务</translation>
    </message>
    <message>
        <source>OS keychain</source>
        <translation>系统钥匙串</translation>
    </message>
    <message>
        <source>the keychain did not answer</source>
        <translation>钥匙串没有响应</translation>
    </message>
</context>
<context>
    <name>fd::VolumeProfilePanel</name>
    <message>
        <source>15 m</source>
        <translation>15 分钟</translation>
    </message>
    <message>
        <source>1 h</source>
        <translation>1 小时</translation>
    </message>
    <message>
        <source>USD traded (perp taker prints)</source>
        <translation>成交额 USD（永续主动成交）</translation>
    </message>
    <message>
        <source>price</source>
        <translation>价格</translation>
    </message>
    <message>
        <source>buy</source>
        <translation>买入</translation>
    </message>
    <message>
        <source>sell</source>
        <translation>卖出</translation>
    </message>
    <message>
        <source>Volume Profile</source>
        <translation>成交量分布</translation>
    </message>
    <message>
        <source>Where the volume traded: the price levels the market accepted.</source>
        <translation>成交量集中在哪里：市场认可的价格区域。</translation>
    </message>
    <message>
        <source>per price bucket [floor(price/step)·step, +step) the USD (price · qty) of perp taker prints, buy vs sell by taker side. POC (point of control) = the bucket with the most USD. Value area = from the POC, add the neighbouring bucket with more USD until the area holds %1 % of the window.</source>
        <translation>每个价格档 [floor(价格/步长)·步长, +步长) 统计永续主动成交的 USD（价格 · 数量），按主动方区分买卖。POC（控制点）= USD 最多的价格档。价值区 = 从 POC 开始，依次加入 USD 较多的相邻价格档，直到覆盖窗口内 %1 % 的成交额。</translation>
    </message>
    <message>
        <source>perp trades of every venue for the symbol</source>
        <translation>该品种所有交易所的永续成交</translation>
    </message>
    <message>
        <source>15 minutes or 1 hour (toggle); step = the round step (1, 2, 5 × 10^k) nearest to %1 % of the session&apos;s first perp price (%2 now)</source>
        <translation>15 分钟或 1 小时（可切换）；步长 = 最接近本次会话首个永续价格 %1 % 的整数步长（1、2、5 × 10^k）（当前 %2）</translation>
    </message>
    <message>
        <source>value area %1 %; the signal feed reports a new 15 m POC (volume-profile node)</source>
        <translation>价值区 %1 %；信号流会报告新的 15 分钟 POC（成交量分布节点）</translation>
    </message>
    <message>
        <source>waiting for perp trades of %1 in the last %2…</source>
        <translation>等待 %1 最近 %2 的永续成交…</translation>
    </message>
    <message>
        <source>POC %1–%2 · %3</source>
        <translation>POC %1–%2 · %3</translation>
    </message>
    <message>
        <source>point of control: the price bucket with the most USD in the last %1</source>
        <translation>控制点：最近 %1 内 USD 最多的价格档</translation>
    </message>
    <message>
        <source>VA %1 %: %2–%3</source>
        <translation>价值区 %1 %：%2–%3</translation>
    </message>
    <message>
        <source>value area: %1 of %2 around the POC</source>
        <translation>价值区：POC 周围 %1 / %2</translation>
    </message>
    <message>
        <source>%1 · %2 buckets of %3</source>
        <translation>%1 · %2 个价格档，每档 %3</translation>
    </message>
    <message>
        <source>last %1</source>
        <translation>最近 %1</translation>
    </message>
    <message>
        <source>15 minutes</source>
        <translation>15 分钟</translation>
    </message>
    <message>
        <source>hour</source>
        <translation>1 小时</translation>
    </message>
</context>
<context>
    <name>fd::WhaleModel</name>
    <message>
        <source>Time</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>Symbol</source>
        <translation>品种</translation>
    </message>
    <message>
        <source>Side</source>
        <translation>方向</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>数值</translation>
    </message>
    <message>
        <source>Price</source>
        <translation>价格</translation>
    </message>
    <message>
        <source>Venue</source>
        <translation>交易所</translation>
    </message>
    <message>
        <source>%1 prints · %2 %3 · tier %4%5</source>
        <translation>%1 笔成交 · %2 %3 · 档位 %4%5</translation>
    </message>
    <message>
        <source> · size outlier (&gt; mean + 3σ of log size, 15 m)</source>
        <translation> · 规模异常（&gt; 对数规模均值 + 3σ，15 分钟）</translation>
    </message>
    <message>
        <source> spot</source>
        <translation> 现货</translation>
    </message>
    <message>
        <source>BUY</source>
        <translation>买入</translation>
    </message>
    <message>
        <source>SELL</source>
        <translation>卖出</translation>
    </message>
    <message>
        <source> perp</source>
        <translation> 永续</translation>
    </message>
    <message>
        <source>outlier</source>
        <translation>异常值</translation>
    </message>
</context>
<context>
    <name>fd::WhalesPanel</name>
    <message>
        <source>All symbols</source>
        <translation>所有品种</translation>
    </message>
    <message>
        <source>Both sides</source>
        <translation>买卖双向</translation>
    </message>
    <message>
        <source>Buys</source>
        <translation>买入</translation>
    </message>
    <message>
        <source>Sells</source>
        <translation>卖出</translation>
    </message>
    <message>
        <source>All venues</source>
        <translation>所有交易所</translation>
    </message>
    <message>
        <source>Minimum taker order value shown</source>
        <translation>显示的主动订单最低金额</translation>
    </message>
    <message>
        <source>Whale Detector</source>
        <translation>巨鲸监测</translation>
    </message>
    <message>
        <source>Large aggressive orders, newest first (all symbols unless filtered).</source>
        <translation>大额主动订单，最新的在前（除非筛选，否则显示所有品种）。</translation>
    </message>
    <message>
        <source>taker order = consecutive prints with the same market, side and exchange timestamp (ms); value = Σ price · size in USD</source>
        <translation>主动订单 = 市场、方向和交易所时间戳（毫秒）相同的连续成交；金额 = Σ 价格 · 数量，单位 USD</translation>
    </message>
    <message>
        <source>trades of every venue, perp and spot</source>
        <translation>所有交易所的成交，永续与现货</translation>
    </message>
    <message>
        <source>the recent orders the engine keeps (up to 200)</source>
        <translation>引擎保留的最近订单（最多 200 笔）</translation>
    </message>
    <message>
        <source>shown ≥ %1 (setting of this panel); whale tier %2; ⚠ MEGA ≥ %3; outlier &amp;gt; mean + %4σ of log size over 15 m</source>
        <translation>显示 ≥ %1（本面板设置）；巨鲸档 %2；⚠ MEGA ≥ %3；异常值 &amp;gt; 15 分钟对数规模均值 + %4σ</translation>
    </message>
    <message>
        <source>waiting for data: no taker order ≥ %1 yet</source>
        <translation>等待数据：尚无 ≥ %1 的主动订单</translation>
    </message>
    <message>
        <source>no taker order ≥ %1 matches the filters</source>
        <translation>没有 ≥ %1 的主动订单符合筛选条件</translation>
    </message>
    <message>
        <source>%1 orders · %2 ⚠</source>
        <translation>%1 笔订单 · %2 ⚠</translation>
    </message>
</context>
<context>
    <name>fd::WorkspaceManager</name>
    <message>
        <source>it cannot be opened (%1)</source>
        <translation>无法打开（%1）</translation>
    </message>
    <message>
        <source>it is empty</source>
        <translation>文件为空</translation>
    </message>
    <message>
        <source>it is not valid JSON (%1 at byte %2; truncated or corrupt)</source>
        <translation>不是有效的 JSON（第 %2 字节处 %1；文件被截断或已损坏）</translation>
    </message>
    <message>
        <source>it is not a workspace (no JSON object)</source>
        <translation>不是工作区（没有 JSON 对象）</translation>
    </message>
    <message>
        <source>it is not a FlowDesk workspace (format &quot;%1&quot;)</source>
        <translation>不是 FlowDesk 工作区（格式“%1”）</translation>
    </message>
    <message>
        <source>it has no valid schemaVersion</source>
        <translation>没有有效的 schemaVersion</translation>
    </message>
    <message>
        <source>it was written by a newer FlowDesk (workspace format %1; this version reads up to %2)</source>
        <translation>由较新版本的 FlowDesk 写入（工作区格式 %1；本版本最高可读取 %2）</translation>
    </message>
    <message>
        <source>it has no dock state</source>
        <translation>没有停靠布局状态</translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation>无法写入 %1：%2</translation>
    </message>
    <message>
        <source>The workspace file %1 could not be loaded: %2. The default workspace &quot;%3&quot; is shown instead.</source>
        <translation>无法加载工作区文件 %1：%2。已改为显示默认工作区“%3”。</translation>
    </message>
    <message>
        <source>The file was kept as %1.</source>
        <translation>原文件已保留为 %1。</translation>
    </message>
    <message>
        <source>its dock state is unreadable or from another layout version</source>
        <translation>其停靠布局状态无法读取，或来自其他布局版本</translation>
    </message>
    <message>
        <source>The workspace %1 mentions panels this version does not have (%2); they were skipped.</source>
        <translation>工作区 %1 包含本版本没有的面板（%2）；已跳过。</translation>
    </message>
    <message>
        <source>Alert rules in %1: %2.</source>
        <translation>%1 中的警报规则：%2。</translation>
    </message>
    <message>
        <source>a workspace needs a name</source>
        <translation>工作区需要名称</translation>
    </message>
    <message>
        <source>it does not exist</source>
        <translation>文件不存在</translation>
    </message>
    <message>
        <source>cannot read &quot;%1&quot;: %2</source>
        <translation>无法读取“%1”：%2</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is empty or already taken</source>
        <translation>“%1”为空或已被占用</translation>
    </message>
    <message>
        <source>&quot;%1&quot; does not exist</source>
        <translation>“%1”不存在</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a saved workspace</source>
        <translation>“%1”不是已保存的工作区</translation>
    </message>
    <message>
        <source>cannot delete %1</source>
        <translation>无法删除 %1</translation>
    </message>
    <message>
        <source>The workspace file %1 could not be imported: %2.</source>
        <translation>无法导入工作区文件 %1：%2。</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>choose one of --relay, --demo and --replay</source>
        <translation>--relay、--demo 和 --replay 只能选择其一</translation>
    </message>
    <message>
        <source>the relay URL must start with ws:// or wss://</source>
        <translation>中继 URL 必须以 ws:// 或 wss:// 开头</translation>
    </message>
    <message>
        <source>--speed takes a positive number or &apos;max&apos;</source>
        <translation>--speed 需要一个正数或 &apos;max&apos;</translation>
    </message>
    <message>
        <source>FlowDesk — order-flow terminal for crypto derivatives</source>
        <translation>FlowDesk——加密衍生品订单流终端</translation>
    </message>
    <message>
        <source>No window: run the engine and write snapshots as JSON lines.</source>
        <translation>无窗口：运行引擎并以 JSON Lines 格式输出快照。</translation>
    </message>
    <message>
        <source>Relay URL (default ws://127.0.0.1:9001).</source>
        <translation>中继 URL（默认 ws://127.0.0.1:9001）。</translation>
    </message>
    <message>
        <source>Relay auth token.</source>
        <translation>中继服务器的认证令牌。</translation>
    </message>
    <message>
        <source>Run on the built-in market simulator (labelled DEMO).</source>
        <translation>使用内置市场模拟器运行（标注为 DEMO）。</translation>
    </message>
    <message>
        <source>Demo simulator seed.</source>
        <translation>演示模拟器的随机种子。</translation>
    </message>
    <message>
        <source>Demo simulator rate multiplier.</source>
        <translation>演示模拟器的速率倍数。</translation>
    </message>
    <message>
        <source>Replay a recording (gzip JSON lines) or a relay JSON-lines file.</source>
        <translation>回放录制文件（gzip 压缩的 JSON Lines）或中继 JSON Lines 文件。</translation>
    </message>
    <message>
        <source>Demo/replay speed: 1, 10, 60 … or max.</source>
        <translation>演示/回放速度：1、10、60 … 或 max。</translation>
    </message>
    <message>
        <source>Record the raw frames to a gzip JSON-lines file.</source>
        <translation>将原始帧录制到 gzip 压缩的 JSON Lines 文件。</translation>
    </message>
    <message>
        <source>Headless output file, or - for stdout.</source>
        <translation>无窗口模式的输出文件，- 表示标准输出。</translation>
    </message>
    <message>
        <source>Headless: stop after S seconds.</source>
        <translation>无窗口模式：S 秒后停止。</translation>
    </message>
    <message>
        <source>Headless views: micro,flow,risk,health.</source>
        <translation>无窗口模式的视图：micro,flow,risk,health。</translation>
    </message>
    <message>
        <source>Publish when the event clock crosses each period (deterministic output).</source>
        <translation>在事件时钟跨过每个周期时发布（确定性输出）。</translation>
    </message>
    <message>
        <source>Build the window, apply each built-in workspace, then exit 0 (for tests).</source>
        <translation>构建窗口，依次应用每个内置工作区，然后以 0 退出（用于测试）。</translation>
    </message>
    <message>
        <source>User interface language for this run: en, de or zh_CN (default: the one chosen in Settings, else the system&apos;s).</source>
        <translation>本次运行的界面语言：en、de 或 zh_CN（默认：设置中所选语言，否则跟随系统）。</translation>
    </message>
    <message>
        <source>--duration takes a positive number of seconds.</source>
        <translation>--duration 需要一个正的秒数。</translation>
    </message>
    <message>
        <source>cannot create %1.</source>
        <translation>无法创建 %1。</translation>
    </message>
    <message>
        <source>unknown view &apos;%1&apos; (use micro, flow, risk, health).</source>
        <translation>未知视图 &apos;%1&apos;（可用 micro、flow、risk、health）。</translation>
    </message>
    <message>
        <source>the recording %1 does not exist.</source>
        <translation>录制文件 %1 不存在。</translation>
    </message>
    <message>
        <source>cannot write %1: %2.</source>
        <translation>无法写入 %1：%2。</translation>
    </message>
    <message>
        <source>the relay refused the connection as unauthorised (check the auth token): %1</source>
        <translation>中继以未授权为由拒绝连接（请检查认证令牌）：%1</translation>
    </message>
    <message>
        <source>could not reach the relay at %1 within %2 s</source>
        <translation>在 %2 秒内无法连接到 %1 处的中继</translation>
    </message>
    <message>
        <source>Colour theme for this run: dark or light.</source>
        <translation>本次运行的配色主题：dark 或 light。</translation>
    </message>
    <message>
        <source>--theme takes dark or light</source>
        <translation>--theme 只接受 dark 或 light</translation>
    </message>
    <message>
        <source>Run on demo data, save a PNG of each built-in workspace and of every panel into DIR, then exit.</source>
        <translation>使用演示数据运行，将每个内置工作区和每个面板的 PNG 截图保存到 DIR，然后退出。</translation>
    </message>
</context>
</TS>
