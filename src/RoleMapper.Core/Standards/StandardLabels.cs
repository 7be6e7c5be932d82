using Microsoft.EntityFrameworkCore;
using RoleMapper.Core.Data;
using RoleMapper.Core.StandardsFeed;

namespace RoleMapper.Core.Standards;

/// <summary>
/// How a standard is named wherever it appears in a list beside others, "ST1025 Urban driver (level 2)": the
/// reference alone means nothing to a reader of the evidence. Pages and the Excel map all name standards through this.
/// </summary>
public sealed class StandardLabels
{
    private readonly IReadOnlyDictionary<string, string> labels;

    private StandardLabels(IReadOnlyDictionary<string, string> labels) => this.labels = labels;

    /// <summary>"ST1025 Urban driver (level 2)"; the level is left out when the feed does not give one.</summary>
    public static string Format(string reference, string title, int level) =>
        level > 0 ? $"{reference} {title} (level {level})" : $"{reference} {title}";

    /// <summary>The label of the standard's current version; a reference the feed does not hold is shown as it is.</summary>
    public string this[string reference] => labels.GetValueOrDefault(reference.Trim()) ?? reference;

    /// <summary>The labels of <paramref name="references"/>, from each standard's current version (approved, else latest).</summary>
    public static async Task<StandardLabels> LoadAsync(RoleMapperDbContext db, IEnumerable<string> references, CancellationToken ct)
    {
        // Feed references are upper case; one typed or imported in another case still finds its standard.
        var wanted = references.Select(r => r.Trim().ToUpperInvariant()).Distinct().ToList();
        if (wanted.Count == 0)
        {
            return new(new Dictionary<string, string>());
        }
        var rows = await db.CurrentStandardVersions().AsNoTracking()
            .Where(v => wanted.Contains(v.Reference))
            .Select(v => new { v.Reference, v.Title, v.Level })
            .ToListAsync(ct);
        return new(rows.ToDictionary(v => v.Reference, v => Format(v.Reference, FeedFieldLimits.ClipTitle(v.Title), v.Level),
            StringComparer.OrdinalIgnoreCase));
    }
}
