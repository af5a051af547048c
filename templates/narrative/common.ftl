<#-- Shared wording helpers for the report narratives. -->
<#function plural n one many>
  <#return (n == 1)?then(one, many)>
</#function>
<#function count n one many>
  <#return n?c + " " + plural(n, one, many)>
</#function>
<#-- A list read as English: "A", "A and B", "A, B and C". -->
<#function sentenceList items>
  <#if items?size == 0><#return ""></#if>
  <#if items?size == 1><#return items[0]></#if>
  <#return items[0..items?size-2]?join(", ") + " and " + items?last>
</#function>
