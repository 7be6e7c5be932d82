using Microsoft.Extensions.DependencyInjection;
using RoleMapper.Core.Data;

namespace RoleMapper.Cli.Commands;

/// <summary>
/// What a command acting for one council (<c>--org</c>) works with: the services, one scope, and a context scoped to
/// the council, so everything it reads or writes is that council's only.
/// </summary>
internal sealed class CouncilSession : IAsyncDisposable
{
    private CouncilSession(ServiceProvider services, IServiceScope scope, RoleMapperDbContext db, string council) =>
        (Services, Scope, Db, Council) = (services, scope, db, council);

    public ServiceProvider Services { get; }
    public IServiceScope Scope { get; }
    public RoleMapperDbContext Db { get; }
    /// <summary>The council's name as registered.</summary>
    public string Council { get; }

    /// <summary>Null, after saying why on stderr, when no council has that name.</summary>
    public static async Task<CouncilSession?> OpenAsync(string? dbPath, string councilName, CancellationToken ct)
    {
        var services = await CliServices.StartAsync(dbPath, seedWhenEmpty: true, ct);
        var scope = services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<RoleMapperDbContext>();
        if (await CouncilNames.ScopeAsync(db, councilName, ct) is { } council)
        {
            return new CouncilSession(services, scope, db, council);
        }
        scope.Dispose();
        await services.DisposeAsync();
        return null;
    }

    public async ValueTask DisposeAsync()
    {
        Scope.Dispose();
        await Services.DisposeAsync();
    }
}
