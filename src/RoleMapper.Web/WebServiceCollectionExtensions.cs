using RoleMapper.Core.Import;

namespace RoleMapper.Web;

public static class WebServiceCollectionExtensions
{
    /// <summary>Razor Pages and the web app's background jobs.</summary>
    public static IServiceCollection AddRoleMapperWeb(this IServiceCollection services)
    {
        services.AddRazorPages();
        services.AddHostedService<NightlyImportService>();
        return services;
    }
}
