<#-- Extension point of the keycloak.v2 login theme: shown under the form on every login page. -->
<#macro content>
    <div class="coop-footer">
        <#if pageId?? && pageId == "login">
            <p>${msg("coopFirstLogin")}</p>
        </#if>
        <p>${msg("coopHelp")}</p>
    </div>
</#macro>
