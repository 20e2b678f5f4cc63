namespace Roadmap.Application.Common.Security;

/// <summary>
/// Declares who may send a request: a signed-in user holding one of <see cref="Roles"/>
/// (any signed-in user when empty). Checked by the authorisation behaviour for every caller.
/// </summary>
[AttributeUsage(AttributeTargets.Class, AllowMultiple = false, Inherited = true)]
public class RequiresRoleAttribute(params string[] roles) : Attribute
{
    public IReadOnlyList<string> Roles { get; } = roles;
}
