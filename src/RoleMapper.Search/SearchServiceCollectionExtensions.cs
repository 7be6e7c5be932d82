using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using RoleMapper.Core.StandardsFeed;
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
        services.AddSingleton<StandardsIndex>();
        services.AddSingleton<StandardMatcher>();
        services.AddSingleton<IStandardMatcher>(sp => sp.GetRequiredService<StandardMatcher>());
        services.AddSingleton<IImportObserver, RebuildIndexAfterImport>();
        return services;
    }
}
