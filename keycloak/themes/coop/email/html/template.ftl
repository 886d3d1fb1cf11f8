<#-- The frame of Keycloak's e-mails, like notification-service's (MailLayout): the realm's display name (the
     cooperative's name, written by members-service on each settings change), its main colour and the foot line
     (realm texts coopPrimaryColour and coopFooter; defaults in messages_*.properties). -->
<#macro emailLayout>
<#assign coopPrimary = msg("coopPrimaryColour")>
<#if !coopPrimary?matches("#[0-9a-fA-F]{6}")><#assign coopPrimary = "#2f4f6f"></#if>
<!DOCTYPE html>
<html lang="${locale.language}">
<head><meta charset="utf-8"><title>${realmName}</title></head>
<body style="margin:0;background:#f2f4f5;font-family:Arial,Helvetica,sans-serif;color:#262b30">
<div style="max-width:600px;margin:0 auto;background:#ffffff;padding:24px">
<p style="margin:0 0 16px;font-size:20px;font-weight:bold;color:${coopPrimary}">${realmName}</p>
<#nested>
<p style="margin-top:32px;font-size:12px;color:#5c636a">${msg("coopFooter")}</p>
</div>
</body>
</html>
</#macro>
