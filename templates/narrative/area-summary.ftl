<#import "common.ftl" as c>
<#-- Executive summary of an ICS, region or England report. Every figure comes from figures.csv; a missing one
     reads "not available" and a sentence with nothing to say is left out. -->
<#if typicalGbp == "not available">
The savings of ${areaName}'s ${c.count(members, "member trust", "member trusts")} could not be estimated for ${year}<#if noValueReason??>, because ${noValueReason}</#if>: see the data quality appendix.
<#else>
If each of ${areaName}'s ${c.count(members, "member trust", "member trusts")} performed like ${typicalPeer}, it would save ${typicalSaving} a year on the headline indicators; performing like the best quarter of its peers would save ${stretchSaving}.
</#if>

<#if typicalGbp == "not available">
<#-- nothing to rank when no saving could be estimated -->
<#elseif top?size gt 0>
<#if top?size == 1>The largest opportunity is<#else>The ${top?size} largest opportunities are</#if> ${c.sentenceList(top)}.
<#else>
No member trust has a saving against its typical benchmark on the headline indicators.
</#if>
<#if strongest??>

<#if strongest.tied == 1>${strongest.names[0]} is in the best quarter of its peers on ${strongest.indicators} headline indicators, more than any other member trust.<#else>${c.sentenceList(strongest.names)} are in the best quarter of their peers on ${strongest.indicators} headline indicators each, more than any other member trust.</#if>
</#if>
<#if targets?size gt 0>

${targets?join(" ")}
</#if>
<#if change??>

${change}
</#if>
<#if caveats?size gt 0>

How sure we are: ${c.sentenceList(caveats)}.
</#if>
