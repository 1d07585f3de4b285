namespace ConsultHub.Domain.Model;

/// <summary>The stakeholder group a participant speaks for.</summary>
public enum StakeholderGroup
{
    CivilSociety,
    Academia,
    PrivateSector,
    MemberState,
    InternationalOrganization,
    Other,
}
