using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using RoleMapper.Core.Pathways;
using RoleMapper.Core.StandardsFeed;
using RoleMapper.Core.RoleMap;
using RoleMapper.Search.RoleMap;
using RoleMapper.Search.Titles;

namespace RoleMapper.Search;

public static class SearchServiceCollectionExtensions
{
    /// <summary>
    /// The standards index and the job-title matcher (both singletons: one index per process), which Core's workspace
    /// uses as its <see cref="IStandardMatcher"/>, and the index's rebuild after each import in this process.
    /// </summary>
    public static IServiceCollection AddRoleMapperSearch(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<SearchOptions>().Bind(configuration.GetSection(SearchOptions.Section));
        services.AddSingleton(_ => TitleParser.Load());
        // The sector role map and council agreement are data handed to each index build. The map is the database's,
        // which the sector team edits, unless Search:RoleMapFile names a CSV (rolemapper eval --cv, tests).
        services.AddSingleton<IRoleMapSource>(sp => !string.IsNullOrWhiteSpace(sp.GetRequiredService<IOptions<SearchOptions>>().Value.RoleMapFile)
            ? new RoleMapCsvSource(sp.GetRequiredService<IOptions<SearchOptions>>().Value.RoleMapFile)
            : sp.GetRequiredService<RoleMapDbSource>());
        services.AddSingleton<ICouncilAgreementSource, CouncilAgreement>();
        // Career pathways place the map's roles on their ladders; replaces Core's "no map" (registered with TryAdd).
        services.AddSingleton<ISectorRoleMap, RoleMapForPathways>();
        services.AddScoped<RoleMapCatalogue>();
        services.AddSingleton<StandardsIndex>();
        services.AddSingleton<StandardMatcher>();
        services.AddSingleton<IStandardMatcher>(sp => sp.GetRequiredService<StandardMatcher>());
        services.AddSingleton<IImportObserver, RebuildIndexAfterImport>();
        services.AddSingleton<IRoleMapChangeObserver, RebuildIndexAfterRoleMapEdit>();
        return services;
    }
}
