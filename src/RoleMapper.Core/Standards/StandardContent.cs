using System.Globalization;
using System.Security.Cryptography;
using System.Text;

namespace RoleMapper.Core.Standards;

/// <summary>
/// The fields whose change counts as a content change. One list drives both the hash and the
/// "what changed" note, so the two can never disagree. Status is left out (it is logged as a status change),
/// and so is everything the feed flips by itself (cluster description, admin timestamps).
/// </summary>
public static class StandardContent
{
    public static IEnumerable<(string Field, string Value)> Fields(StandardVersion v)
    {
        yield return ("title", v.Title);
        yield return ("level", Num(v.Level));
        yield return ("route", v.Route);
        yield return ("paused for starts", v.PausedForStarts ? "yes" : "no");
        yield return ("LARS code", Num(v.LarsCode));
        yield return ("typical duration", Num(v.TypicalDurationMonths));
        yield return ("maximum funding", Num(v.MaxFunding));
        yield return ("overview", v.OverviewOfRole);
        yield return ("occupational summary", v.OccupationalSummary);
        yield return ("job titles", Join(v.JobTitles));
        yield return ("green job titles", Join(v.GreenJobTitles));
        yield return ("keywords", Join(v.Keywords));
        yield return ("duties", Join(v.Duties.Select(d => (d.IsCore ? "core:" : "option:") + d.Detail)));
        yield return ("knowledge", Join(v.Knowledge));
        yield return ("skills", Join(v.Skills));
        yield return ("behaviours", Join(v.Behaviours));
        yield return ("options", Join(v.Options));
        yield return ("qualifications", Join(v.Qualifications));
        yield return ("integration", v.IntegrationType ?? "");
        yield return ("degree type", v.DegreeType ?? "");
        yield return ("regulated", v.Regulated ? "yes" : "no");
        yield return ("regulated body", v.RegulatedBody ?? "");
        yield return ("approved for delivery", Date(v.ApprovedForDeliveryOn));
        yield return ("earliest start", Date(v.EarliestStartDate));
        yield return ("latest start", Date(v.LatestStartDate));
        yield return ("change note", v.ChangeNote);
        yield return ("changed on", Date(v.ChangedOn));
        yield return ("standard page", v.StandardPageUrl);
        yield return ("assessment plan", v.AssessmentPlanUrl);
    }

    public static string Hash(StandardVersion v)
    {
        var text = new StringBuilder();
        foreach (var (field, value) in Fields(v))
        {
            // Field and value separated by characters the feed never contains, so no two records hash alike by accident.
            text.Append(field).Append('\u001f').Append(value).Append('\u001e');
        }
        return Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text.ToString())));
    }

    /// <summary>Names of the content fields that differ, in a stable order, for the change log.</summary>
    public static IReadOnlyList<string> ChangedFields(StandardVersion before, StandardVersion after) =>
        Fields(before).Zip(Fields(after))
            .Where(pair => pair.First.Value != pair.Second.Value)
            .Select(pair => pair.First.Field)
            .ToList();

    private static string Num(int n) => n.ToString(CultureInfo.InvariantCulture);
    private static string Date(DateOnly? d) => d?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) ?? "";
    private static string Join(IEnumerable<string> items) => string.Join('\u001d', items);
}
