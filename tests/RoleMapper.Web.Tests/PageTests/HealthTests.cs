using System.Text.Json;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using Microsoft.Extensions.Logging.Abstractions;
using RoleMapper.Search.Indexing;
using RoleMapper.Web.Health;

namespace RoleMapper.Web.Tests.PageTests;

[Collection(WebCollection.Name)]
public sealed class HealthTests(HostFixture host)
{
    [Fact]
    public async Task Get_Healthz_ReportsDatabaseIndexAndImportAsJson()
    {
        using var response = await host.NewClient().GetAsync("/healthz");
        using var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync());

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/json; charset=utf-8", response.Content.Headers.ContentType!.ToString());
        var root = json.RootElement;
        Assert.Equal("Healthy", root.GetProperty("status").GetString());
        var checks = root.GetProperty("checks");
        Assert.Equal("Healthy", checks.GetProperty("database").GetProperty("status").GetString());
        Assert.True(checks.GetProperty("index").GetProperty("data").GetProperty("standards").GetInt32() > 700);
        Assert.Equal(0, checks.GetProperty("import").GetProperty("data").GetProperty("daysSinceLastSuccessfulImport").GetInt32());
        Assert.Equal("2026-08-22", checks.GetProperty("import").GetProperty("data").GetProperty("feedDate").GetString());
    }

    [Fact]
    public async Task DatabaseCheck_UnreadableDatabase_IsUnhealthy()
    {
        // A folder that cannot exist: SQLite cannot open or create the file.
        var options = new DbContextOptionsBuilder<RoleMapperDbContext>().UseSqlite("Data Source=/proc/no-such-folder/x.db").Options;
        var check = new DatabaseHealthCheck(new Factory(options), NullLogger<DatabaseHealthCheck>.Instance);

        var result = await check.CheckHealthAsync(new HealthCheckContext());

        Assert.Equal(HealthStatus.Unhealthy, result.Status);
    }

    [Fact]
    public async Task IndexCheck_IndexNotBuilt_IsUnhealthy()
    {
        var options = new DbContextOptionsBuilder<RoleMapperDbContext>().UseSqlite("Data Source=/proc/no-such-folder/x.db").Options;
        using var index = new StandardsIndex(new Factory(options), NullLogger<StandardsIndex>.Instance);

        var result = await new SearchIndexHealthCheck(index).CheckHealthAsync(new HealthCheckContext());

        Assert.Equal(HealthStatus.Unhealthy, result.Status);
    }

    [Fact]
    public void Endpoint_UnhealthyMapsTo503()
    {
        var options = HealthEndpoint.Options;

        Assert.Equal(StatusCodes.Status503ServiceUnavailable, options.ResultStatusCodes[HealthStatus.Unhealthy]);
        Assert.Equal(StatusCodes.Status200OK, options.ResultStatusCodes[HealthStatus.Degraded]);
    }

    private sealed class Factory(DbContextOptions<RoleMapperDbContext> options) : IDbContextFactory<RoleMapperDbContext>
    {
        public RoleMapperDbContext CreateDbContext() => new(options);
    }
}
