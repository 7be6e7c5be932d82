using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using RoleMapper.Core.StandardsFeed;
using RoleMapper.Search.Suggestions;
using RoleMapper.Search.Titles;

namespace RoleMapper.Search;

public static class SearchServiceCollectionExtensions
{
    /// <summary>
    /// The standards index and the job-title matcher (both singletons: one index per process), and the councils' role
    /// suggestions kept current after each import. Call after AddRoleMapperCore.
    /// </summary>
    public static IServiceCollection AddRoleMapperSearch(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<SearchOptions>().Bind(configuration.GetSection(SearchOptions.Section));
        services.AddSingleton(_ => TitleParser.Load());
        services.AddSingleton<StandardsIndex>();
        services.AddSingleton<StandardMatcher>();
        services.AddSingleton<IStandardMatcher>(sp => sp.GetRequiredService<StandardMatcher>());
        services.AddSingleton<IImportObserver, RebuildIndexAfterImport>();
        // After the rebuild, so suggestions come from the new index.
        services.AddSingleton<RoleSuggestions>();
        services.AddSingleton(sp => new Lazy<RoleSuggestions>(sp.GetRequiredService<RoleSuggestions>));
        services.AddSingleton<IImportObserver, SuggestAfterImport>();
        return services;
    }
}
