namespace RoleMapper.Search.Titles;

/// <summary>Which way a job title's seniority words move the level of the standards that fit it.</summary>
public enum SeniorityLean
{
    None,
    /// <summary>Apprentice, Trainee: the lower levels fit better.</summary>
    Lower,
    /// <summary>Senior, Principal, Lead: the higher levels of the same family fit better.</summary>
    Higher,
    /// <summary>Head of, Director, Chief Executive: leadership and management standards, then the subject's specialist one.</summary>
    Executive,
}
