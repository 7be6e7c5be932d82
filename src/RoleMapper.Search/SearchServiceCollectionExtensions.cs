using Microsoft.Extensions.DependencyInjection;

namespace RoleMapper.Search;

public static class SearchServiceCollectionExtensions
{
    /// <summary>The standards index and the job-title matcher. Filled in by the matching work (issue 3).</summary>
    public static IServiceCollection AddRoleMapperSearch(this IServiceCollection services) => services;
}
