using RoleMapper.Core.Import;
using RoleMapper.Search;

namespace RoleMapper.Web;

public static class WebServiceCollectionExtensions
{
    /// <summary>Razor Pages and the web app's background jobs.</summary>
    public static IServiceCollection AddRoleMapperWeb(this IServiceCollection services)
    {
        services.AddRazorPages();
        services.AddHostedService<NightlyImportService>();
        services.AddHostedService<IndexRefreshService>();
        return services;
    }
}
