namespace Roadmap.Application.Common.Security;

/// <summary>Declares a request for staff only (see <see cref="Staff"/>).</summary>
[AttributeUsage(AttributeTargets.Class, AllowMultiple = false, Inherited = true)]
public sealed class RequiresStaffAttribute() : RequiresRoleAttribute([.. Staff.Roles]);
