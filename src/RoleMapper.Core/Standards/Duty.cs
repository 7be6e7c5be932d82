namespace RoleMapper.Core.Standards;

/// <summary>A duty of the occupation; core duties apply to every apprentice, the rest to an option.</summary>
public sealed class Duty
{
    public required string Detail { get; set; }
    public bool IsCore { get; set; }
}
