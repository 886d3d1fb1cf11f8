<#macro emailLayout>
<!DOCTYPE html>
<html lang="${locale.language}">
<head><meta charset="utf-8"><title>COOP'EMPLOI</title></head>
<body style="margin:0;background:#f2f4f5;font-family:Arial,Helvetica,sans-serif;color:#262b30">
<div style="max-width:600px;margin:0 auto;background:#ffffff;padding:24px">
<p style="margin:0 0 16px;font-size:20px;font-weight:bold;color:#00676b">COOP'EMPLOI</p>
<#nested>
<p style="margin-top:32px;font-size:12px;color:#5c636a">${msg("coopFooter")}</p>
</div>
</body>
</html>
</#macro>
