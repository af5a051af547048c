<#import "common.ftl" as c>
<#-- Summary paragraph of a trust report. -->
<#if ranked gt 0>
${trustName} is compared with ${peerDescription}. Of ${c.count(ranked, "indicator", "indicators")} with a value, it is in the best quarter of its peers on <#if best == 0>none<#else>${best}</#if> and in the worst quarter on <#if worst == 0>none<#else>${worst}</#if>.
<#else>
No indicator has a value for ${trustName} in ${year}: ${noValueReason}.
</#if>
<#if typicalGbp != "not available">

Performing like ${typicalPeer} would save ${typicalSaving} a year on the headline indicators (best quarter: ${stretchSaving}).<#if top??> The largest opportunity is ${top}.</#if>
</#if>
<#if targets?size gt 0>

${targets?join(" ")}
</#if>
<#if trend??>

${trend}
</#if>
<#if caveats?size gt 0>

Read with care: ${c.sentenceList(caveats)}.
</#if>
