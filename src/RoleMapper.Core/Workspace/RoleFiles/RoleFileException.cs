namespace RoleMapper.Core.Workspace.RoleFiles;

/// <summary>A problem with the file as a whole: reading stops, and the preview holds this message and no rows.</summary>
internal sealed class RoleFileException(string message, Exception? inner = null) : Exception(message, inner);
