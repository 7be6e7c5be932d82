using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using RoleMapper.Core.Import;
using RoleMapper.Search.RoleMap;
using RoleMapper.Search.Suggestions;
using RoleMapper.Search.Titles;
using RoleMapper.Search.Unmatched;

namespace RoleMapper.Search;

public static class SearchServiceCollectionExtensions
{
    /// <summary>
    /// The standards index and the job-title matcher (both singletons: one index per process), and the unmatched-title
    /// recorder with its background writer, and the councils' role suggestions kept current after each import. Call after
    /// AddRoleMapperCore.
    /// </summary>
    public static IServiceCollection AddRoleMapperSearch(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<SearchOptions>().Bind(configuration.GetSection(SearchOptions.Section));
        services.AddSingleton(_ => TitleParser.Load());
        // The sector role map and council agreement are data handed to each index build.
        services.AddSingleton<IRoleMapSource>(sp => new RoleMapCsvSource(sp.GetRequiredService<IOptions<SearchOptions>>().Value.RoleMapFile));
        services.AddSingleton<ICouncilAgreementSource, CouncilAgreement>();
        services.AddSingleton<StandardsIndex>();
        services.AddSingleton<StandardMatcher>();
        services.AddSingleton<IImportObserver, RebuildIndexAfterImport>();
        // After the rebuild, so suggestions come from the new index.
        services.AddSingleton<RoleSuggestions>();
        services.AddSingleton(sp => new Lazy<RoleSuggestions>(sp.GetRequiredService<RoleSuggestions>));
        services.AddSingleton<IImportObserver, SuggestAfterImport>();
        // Weak titles are queued in memory on the request path and written in batches by the hosted service
        // (which only a host runs; the CLI flushes the recorder itself).
        services.AddSingleton<UnmatchedTitleRecorder>();
        services.AddHostedService<UnmatchedTitleFlushService>();
        return services;
    }
}
