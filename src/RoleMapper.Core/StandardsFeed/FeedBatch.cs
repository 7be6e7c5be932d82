using System.Globalization;
using RoleMapper.Core.Standards;

namespace RoleMapper.Core.StandardsFeed;

/// <summary>
/// A whole feed after the checks that need every record: one version per key, at most one approved version per
/// standard, and not too many bad records. A standard with any error is held back whole, so its previous rows stay.
/// </summary>
public sealed class FeedBatch
{
    public required int Records { get; init; }
    /// <summary>Versions to apply, keyed "ST0116_1.2".</summary>
    public required IReadOnlyDictionary<string, StandardVersion> Accepted { get; init; }
    /// <summary>Standards held back this run: their stored rows are neither updated nor marked vanished.</summary>
    public required IReadOnlySet<string> HeldBackReferences { get; init; }
    public required int Rejected { get; init; }
    public required List<ImportMessage> Errors { get; init; }
    public required List<ImportMessage> Warnings { get; init; }

    public static FeedBatch From(IReadOnlyList<FeedRecord> records, double maxRejectedShare)
    {
        if (records.Count == 0)
        {
            throw new FeedFormatException("The feed is an empty array: it lists no standards.");
        }
        var errors = new List<ImportMessage>();
        var warnings = records
            .SelectMany(r => r.Warnings.Select(w => new ImportMessage { Reference = Label(r), Message = w }))
            .ToList();
        var heldBack = new HashSet<string>();

        foreach (var bad in records.Where(r => !r.IsValid))
        {
            errors.Add(new ImportMessage { Reference = Label(bad), Message = string.Join("; ", bad.Errors) });
            heldBack.Add(bad.Reference);
        }
        var invalid = records.Count(r => !r.IsValid);
        if (invalid > records.Count * maxRejectedShare)
        {
            var share = Percentages.Of((double)invalid / records.Count);
            throw new FeedFormatException(
                $"{invalid} of {records.Count} records ({share}) are invalid, more than the {Percentages.Of(maxRejectedShare)} allowed; " +
                $"the feed looks broken. First problem: {errors[0].Reference}: {errors[0].Message}");
        }

        foreach (var standard in records.Where(r => r.IsValid).GroupBy(r => r.Reference))
        {
            foreach (var duplicate in standard.GroupBy(r => r.Version).Where(g => g.Count() > 1))
            {
                errors.Add(new ImportMessage
                {
                    Reference = standard.Key,
                    Message = $"version {duplicate.Key} appears {duplicate.Count()} times in the feed",
                });
                heldBack.Add(standard.Key);
            }
            var approved = standard.Where(r => r.Standard!.Status == StandardStatus.ApprovedForDelivery).ToList();
            if (approved.Count > 1)
            {
                errors.Add(new ImportMessage
                {
                    Reference = standard.Key,
                    Message = $"{approved.Count} versions are approved for delivery at once ({string.Join(", ", approved.Select(a => a.Version))}); a standard has at most one",
                });
                heldBack.Add(standard.Key);
            }
        }

        var accepted = records
            .Where(r => r.IsValid && !heldBack.Contains(r.Reference))
            .ToDictionary(r => r.Standard!.Key, r => r.Standard!);
        return new FeedBatch
        {
            Records = records.Count,
            Accepted = accepted,
            HeldBackReferences = heldBack,
            Rejected = records.Count - accepted.Count,
            Errors = errors,
            Warnings = warnings,
        };
    }

    private static string Label(FeedRecord r) =>
        r.Reference.Length > 0 ? r.Reference : $"record {r.Position + 1}";
}
