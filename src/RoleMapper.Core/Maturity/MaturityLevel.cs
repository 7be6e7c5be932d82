namespace RoleMapper.Core.Maturity;

/// <summary>
/// The four stages of every strand, lowest first. The names are the LGA's own and are shown as they are
/// ("Developing +"); the numbers are the order, so a higher stage compares greater and can be stored as an int.
/// </summary>
public enum MaturityLevel
{
    /// <summary>The baseline every council starts at; see <see cref="MaturityStage.IsBaseline"/>.</summary>
    Early = 0,
    Developing = 1,
    Maturing = 2,
    Mature = 3,
}
