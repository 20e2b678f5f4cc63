using Microsoft.AspNetCore.Authorization;
using Roadmap.Application.Common.Security;

namespace Roadmap.Web.Infrastructure;

/// <summary>The authorisation policy of staff-only pages and menu entries: the roles of <see cref="Staff"/>, nothing of its own.</summary>
public static class StaffPolicy
{
    public const string Name = "Staff";

    public static AuthorizationBuilder AddStaffPolicy(this AuthorizationBuilder builder) =>
        builder.AddPolicy(Name, p => p.RequireRole(Staff.Roles));
}
