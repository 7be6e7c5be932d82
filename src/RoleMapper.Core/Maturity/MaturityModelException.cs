namespace RoleMapper.Core.Maturity;

/// <summary>The model file is missing, unreadable or breaks a rule of the model's shape.</summary>
public sealed class MaturityModelException(string message, Exception? inner = null) : Exception(message, inner);
