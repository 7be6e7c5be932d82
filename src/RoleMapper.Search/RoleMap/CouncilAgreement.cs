using Microsoft.EntityFrameworkCore;
using RoleMapper.Core.Data;
using RoleMapper.Core.Workspace;
using RoleMapper.Search.Titles;

namespace RoleMapper.Search.RoleMap;

/// <summary>A job title (as read) for which at least <see cref="CouncilAgreement.MinimumCouncils"/> councils confirmed
/// the same standard. It never says which councils.</summary>
public sealed record AgreedTitle(string Title, IReadOnlyList<string> Standards, int Councils);

/// <summary>Where the index build gets council agreement: today computed across councils from confirmed mappings.</summary>
public interface ICouncilAgreementSource
{
    Task<IReadOnlyList<AgreedTitle>> LoadAsync(CancellationToken ct = default);
}

/// <summary>
/// Titles that several councils mapped alike: every confirmed role's title is read as the matcher reads titles, its
/// qualifiers set aside (so "Housing Officer (2 posts)" and "Housing Officer - North" count together; a senior one
/// apart), and a standard counts for a title when at
/// least <see cref="MinimumCouncils"/> different councils confirmed it, as main standard or alternative.
/// Read across the tenancy filter on purpose: the answer is a count, never a council's data.
/// </summary>
public sealed class CouncilAgreement(IDbContextFactory<RoleMapperDbContext> contexts, TitleParser parser) : ICouncilAgreementSource
{
    public const int MinimumCouncils = 5;

    public async Task<IReadOnlyList<AgreedTitle>> LoadAsync(CancellationToken ct = default)
    {
        await using var db = await contexts.CreateDbContextAsync(ct);
        var confirmed = await db.RoleStandards.IgnoreQueryFilters([RoleMapperDbContext.OrganisationFilter])
            .Where(s => s.Kind != RoleStandardKind.Rejected)
            .Join(db.JobRoles.IgnoreQueryFilters([RoleMapperDbContext.OrganisationFilter]).Where(r => r.Status == MappingStatus.Confirmed),
                s => s.JobRoleId, r => r.Id, (s, r) => new { r.OrganisationId, r.Title, s.Reference })
            .Distinct()
            .ToListAsync(ct);
        var readings = confirmed.Select(c => c.Title).Distinct(StringComparer.Ordinal)
            .ToDictionary(t => t, t => parser.Parse(t).Describe([]), StringComparer.Ordinal);
        return confirmed
            .GroupBy(c => readings[c.Title], StringComparer.Ordinal)
            .Select(title => new
            {
                Title = title.Key,
                Standards = title.GroupBy(c => c.Reference, StringComparer.Ordinal)
                    .Select(s => (Reference: s.Key, Councils: s.Select(c => c.OrganisationId).Distinct().Count()))
                    .Where(s => s.Councils >= MinimumCouncils)
                    .OrderByDescending(s => s.Councils).ThenBy(s => s.Reference, StringComparer.Ordinal)
                    .ToList(),
            })
            .Where(t => t.Title.Length > 0 && t.Standards.Count > 0)
            .Select(t => new AgreedTitle(t.Title, t.Standards.Select(s => s.Reference).ToList(), t.Standards.Min(s => s.Councils)))
            .OrderBy(t => t.Title, StringComparer.Ordinal)
            .ToList();
    }
}
