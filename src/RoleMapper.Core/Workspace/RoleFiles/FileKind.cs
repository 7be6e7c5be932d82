namespace RoleMapper.Core.Workspace.RoleFiles;

/// <summary>The two kinds of file a role list can come in.</summary>
internal enum FileKind
{
    Csv,
    Xlsx,
}
