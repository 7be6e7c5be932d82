namespace RoleMapper.Web.Infrastructure;

/// <summary>How programme figures read on pages: shares as percentages to one place, amounts as whole-pence pounds.</summary>
public static class ProgrammeDisplay
{
    public static string Share(double? share) => share is { } s ? (s * 100).ToString("0.0", Display.EnGb) + "%" : "–";

    public static string Pounds(decimal? pounds) => pounds is { } p ? "£" + p.ToString("N2", Display.EnGb) : "–";

    public static string Pounds(double? pounds) => pounds is { } p ? "£" + p.ToString("N0", Display.EnGb) : "–";
}
