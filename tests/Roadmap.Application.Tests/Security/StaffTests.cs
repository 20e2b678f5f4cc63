using System.Reflection;
using Roadmap.Application.Common.Security;
using Roadmap.Application.Domain.Users;
using Roadmap.Application.Tests.Fixtures;

namespace Roadmap.Application.Tests.Security;

/// <summary>Who counts as staff, role by role, and that no request spells the staff roles out again.</summary>
public sealed class StaffTests
{
    [Theory]
    [InlineData(RoleNames.Citizen, false)]
    [InlineData(RoleNames.Actor, false)]
    [InlineData(RoleNames.ElectedOfficial, false)]
    [InlineData(RoleNames.Facilitator, true)]
    [InlineData(RoleNames.Administrator, true)]
    public void StaffAreTheFacilitatorsAndTheAdministrators(string role, bool isStaff)
    {
        var user = new TestCurrentUser();
        user.SignIn(Guid.NewGuid(), null, role);

        Assert.Equal(isStaff, user.IsStaff());
    }

    [Fact]
    public void ASignedOutVisitorIsNotStaff() => Assert.False(new TestCurrentUser().IsStaff());

    [Fact]
    public void StaffOnlyRequestsSayRequiresStaffRatherThanListingTheRoles()
    {
        var restated = typeof(Staff).Assembly.GetTypes()
            .Where(t => t.GetCustomAttribute<RequiresRoleAttribute>() is { } a && a is not RequiresStaffAttribute && a.Roles.Order().SequenceEqual(Staff.Roles.Order()))
            .Select(t => t.FullName)
            .ToList();

        Assert.Empty(restated);
    }

    [Fact]
    public void RequiresStaffAdmitsExactlyTheStaffRoles() =>
        Assert.Equal(Staff.Roles, new RequiresStaffAttribute().Roles);
}
