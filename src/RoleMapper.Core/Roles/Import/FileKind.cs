namespace RoleMapper.Core.Roles.Import;

/// <summary>The two kinds of file a role list can come in.</summary>
internal enum FileKind
{
    Csv,
    Xlsx,
}
