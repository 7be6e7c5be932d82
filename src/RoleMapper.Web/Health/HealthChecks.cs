using System.Text.Json;
using Microsoft.AspNetCore.Diagnostics.HealthChecks;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using RoleMapper.Core.StandardsFeed;
using RoleMapper.Search.Indexing;

namespace RoleMapper.Web.Health;

/// <summary>
/// /healthz for monitoring. Unhealthy (503) when the database cannot be read or this node's search index is not built:
/// the node cannot serve its pages. A stale import is only Degraded (200): the pages still work on older data.
/// </summary>
public static class HealthEndpoint
{
    public const string Path = "/healthz";
    /// <summary>The import runs nightly; three days without a success means two nights failed in a row.</summary>
    public const int StaleAfterDays = 3;

    public static void AddRoleMapperHealthChecks(this IServiceCollection services) =>
        services.AddHealthChecks()
            .AddCheck<DatabaseHealthCheck>("database")
            .AddCheck<SearchIndexHealthCheck>("index")
            .AddCheck<ImportHealthCheck>("import");

    /// <summary>The framework's status codes (Healthy and Degraded 200, Unhealthy 503) with a JSON body.</summary>
    public static HealthCheckOptions Options { get; } = new() { ResponseWriter = WriteJsonAsync };

    public static IEndpointConventionBuilder MapRoleMapperHealth(this IEndpointRouteBuilder endpoints) =>
        endpoints.MapHealthChecks(Path, Options);

    private static readonly JsonSerializerOptions JsonOptions = new(JsonSerializerDefaults.Web) { WriteIndented = true };

    private static Task WriteJsonAsync(HttpContext context, HealthReport report)
    {
        context.Response.ContentType = "application/json; charset=utf-8";
        context.Response.Headers.CacheControl = "no-store";
        var body = new
        {
            status = report.Status.ToString(),
            checks = report.Entries.ToDictionary(e => e.Key, e => new
            {
                status = e.Value.Status.ToString(),
                description = e.Value.Description,
                data = e.Value.Data,
            }),
        };
        return JsonSerializer.SerializeAsync(context.Response.Body, body, JsonOptions, context.RequestAborted);
    }
}

public sealed class DatabaseHealthCheck(IDbContextFactory<RoleMapperDbContext> contexts, ILogger<DatabaseHealthCheck> logger) : IHealthCheck
{
    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken ct = default)
    {
        try
        {
            await using var db = await contexts.CreateDbContextAsync(ct);
            // A real read of a real table: an empty new file would "connect" but has no schema.
            var runs = await db.ImportRuns.CountAsync(ct);
            return HealthCheckResult.Healthy("The database can be read.", new Dictionary<string, object> { ["importRuns"] = runs });
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            // The details go to the log, not to an anonymous caller.
            logger.LogError(e, "Health check: the database cannot be read");
            return HealthCheckResult.Unhealthy("The database cannot be read.");
        }
    }
}

public sealed class SearchIndexHealthCheck(StandardsIndex index) : IHealthCheck
{
    public Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken ct = default) =>
        Task.FromResult(index.IsBuilt
            ? HealthCheckResult.Healthy("The search index is loaded.", new Dictionary<string, object>
            {
                ["standards"] = index.DocumentCount,
                ["builtFromImportRun"] = index.BuiltFromImportRunId,
            })
            : HealthCheckResult.Unhealthy("The search index is not built yet."));
}

public sealed class ImportHealthCheck(IDbContextFactory<RoleMapperDbContext> contexts, TimeProvider clock) : IHealthCheck
{
    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken ct = default)
    {
        ImportStatus status;
        try
        {
            await using var db = await contexts.CreateDbContextAsync(ct);
            status = await ImportStatus.ReadAsync(db, clock, ct);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            return HealthCheckResult.Unhealthy("The import history cannot be read.");
        }
        var data = new Dictionary<string, object>();
        if (status.DaysSinceLastSuccess is { } days)
        {
            data["daysSinceLastSuccessfulImport"] = days;
        }
        if (status.FeedDate is { } feedDate)
        {
            data["feedDate"] = feedDate.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
        }
        return status.DaysSinceLastSuccess switch
        {
            null => HealthCheckResult.Degraded("No import has succeeded yet.", data: data),
            > HealthEndpoint.StaleAfterDays => HealthCheckResult.Degraded(status.Describe(), data: data),
            _ => HealthCheckResult.Healthy(status.Describe(), data),
        };
    }
}
