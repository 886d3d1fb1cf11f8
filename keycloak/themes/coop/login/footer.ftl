<#-- Extension point of the keycloak.v2 login theme: shown under the form on every login page.
     The cooperative's colours and logo come from the realm's texts that members-service writes on each settings
     change (coopPrimaryColour, coopAccentColour, coopLogoUrl; defaults in messages_*.properties). The colours are
     checked there (#rrggbb); here they are still only accepted in that form. -->
<#macro content>
    <#assign coopPrimary = msg("coopPrimaryColour")>
    <#assign coopAccent = msg("coopAccentColour")>
    <#if coopPrimary?matches("#[0-9a-fA-F]{6}") && coopAccent?matches("#[0-9a-fA-F]{6}")>
        <style>:root { --coop-primary: ${coopPrimary}; --coop-accent: ${coopAccent}; }</style>
    </#if>
    <div class="coop-footer">
        <#if msg("coopLogoUrl")?starts_with("http")>
            <img class="coop-logo-image" src="${msg("coopLogoUrl")}" alt="">
        </#if>
        <#if pageId?? && pageId == "login">
            <p>${msg("coopFirstLogin")}</p>
        </#if>
        <p>${msg("coopHelp")}</p>
    </div>
</#macro>
