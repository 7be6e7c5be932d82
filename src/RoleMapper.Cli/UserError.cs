namespace RoleMapper.Cli;

/// <summary>
/// A mistake the person running the command can put right (a wrong <c>--db</c>, a missing file). Its message is one
/// sentence saying what is wrong; <see cref="CliErrors"/> prints it alone, with no stack trace, and exits 1.
/// </summary>
internal sealed class UserError(string message, Exception? inner = null) : Exception(message, inner);
