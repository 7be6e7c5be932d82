using Microsoft.Extensions.DependencyInjection;
using RoleMapper.Core.Data;
using RoleMapper.Core.Workspace;

namespace RoleMapper.TestSupport;

/// <summary>
/// One council's workspace as a request or a command sees it: a scope of the app's services whose context is scoped to
/// the council, so tests call the same use cases (<see cref="Roles"/>, <see cref="Mapping"/>...) the pages call.
/// </summary>
public sealed class CouncilWorkspace : IAsyncDisposable
{
    private readonly AsyncServiceScope scope;

    public CouncilWorkspace(IServiceProvider services, int councilId)
    {
        scope = services.CreateAsyncScope();
        Db = Get<RoleMapperDbContext>();
        Db.ScopeToOrganisation(councilId);
    }

    public RoleMapperDbContext Db { get; }
    public CouncilRoles Roles => Get<CouncilRoles>();
    public RoleUploads Uploads => Get<RoleUploads>();
    public RoleMapping Mapping => Get<RoleMapping>();
    public RoleSuggestions Suggestions => Get<RoleSuggestions>();
    public SkillsGaps Gaps => Get<SkillsGaps>();

    public T Get<T>() where T : notnull => scope.ServiceProvider.GetRequiredService<T>();

    public ValueTask DisposeAsync() => scope.DisposeAsync();
}
