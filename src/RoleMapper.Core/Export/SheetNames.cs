namespace RoleMapper.Core.Export;

/// <summary>The worksheets, in the order the workbook has them.</summary>
public static class SheetNames
{
    public const string Summary = "Summary";
    public const string RoleMap = "Role map";
    public const string SkillsGaps = "Skills gaps";
    public const string StandardsUsed = "Standards used";
    public const string Changes = "Changes since last export";
    /// <summary>Only when the map has a maturity self-assessment.</summary>
    public const string Maturity = "Maturity";
    /// <summary>Only when the council has entered programme years.</summary>
    public const string Programme = "Programme";
    /// <summary>Only when the LGA has published an MOT of the council.</summary>
    public const string Mot = "MOT";
    /// <summary>Only when the council has a plan (figures or lines).</summary>
    public const string Plan = "Plan";
}
