using RoleMapper.Core;
using RoleMapper.Core.Data;
using RoleMapper.Search;
using RoleMapper.Web;

var builder = WebApplication.CreateBuilder(args);
builder.Host.UseDefaultServiceProvider(o =>
{
    o.ValidateOnBuild = true;
    o.ValidateScopes = true;
});
builder.Services.AddRoleMapperCore(builder.Configuration);
builder.Services.AddRoleMapperSearch(builder.Configuration);
builder.Services.AddRoleMapperWeb();

var app = builder.Build();
// Migrate, and on an empty database load the bundled snapshot, before the first request is served.
await app.Services.GetRequiredService<DatabaseInitializer>().InitializeAsync(seedWhenEmpty: true);
await app.Services.GetRequiredService<StandardsIndex>().EnsureCurrentAsync();

if (!app.Environment.IsDevelopment())
{
    app.UseExceptionHandler("/Error");
    app.UseHsts();
}
app.UseStaticFiles();
app.UseRouting();
app.MapRazorPages();
await app.RunAsync();

/// <summary>Visible to the test host (WebApplicationFactory).</summary>
public partial class Program;
