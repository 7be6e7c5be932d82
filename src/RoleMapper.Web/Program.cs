using RoleMapper.Core;
using RoleMapper.Search;
using RoleMapper.Search.Indexing;
using RoleMapper.Web;
using RoleMapper.Web.Health;

var builder = WebApplication.CreateBuilder(args);
builder.Host.UseDefaultServiceProvider(o =>
{
    o.ValidateOnBuild = true;
    o.ValidateScopes = true;
});
builder.Services.AddRoleMapperCore(builder.Configuration);
builder.Services.AddRoleMapperSearch(builder.Configuration);
builder.Services.AddRoleMapperWeb(builder.Configuration);

var app = builder.Build();
// Migrate, and on an empty database load the bundled snapshot, before the first request is served.
await app.Services.GetRequiredService<DatabaseInitializer>().InitializeAsync(seedWhenEmpty: true);
// Nodes starting together on a new database share one first key rather than each making its own (docs/adr/0004).
await app.Services.GetRequiredService<SharedKeyRing>().EnsureKeyAsync();
await app.Services.GetRequiredService<StandardsIndex>().EnsureCurrentAsync();

app.UseForwardedHeaders();
// Production is the default: the environment is Development only when a developer says so
// (ASPNETCORE_ENVIRONMENT=Development, or the "Development" launch profile). See docs/web.md.
if (!app.Environment.IsDevelopment())
{
    app.UseExceptionHandler("/error");
    // HSTS is sent on HTTPS responses only, and never for localhost, so the quick start on http://localhost:5080 is
    // untouched. The redirect to HTTPS happens when the app knows its HTTPS port (an https:// URL it listens on, or
    // HTTPS_PORT / HttpsRedirection:HttpsPort); behind a TLS-terminating proxy requests already arrive as HTTPS.
    app.UseHsts();
    app.UseHttpsRedirection();
}
app.UseSecurityHeaders();
// 404, 403 and the like get a page in the site's layout, with the status code kept.
app.UseStatusCodePagesWithReExecute("/status/{0}");
app.UseStaticFiles();
app.UseRouting();
app.UseAuthentication();
app.UseMiddleware<CouncilMembershipMiddleware>();
app.UseRequestLimits();
app.UseAuthorization();
app.MapRoleMapperHealth();
app.MapRazorPages();
await app.RunAsync();

/// <summary>Visible to the test host (WebApplicationFactory).</summary>
public partial class Program;
