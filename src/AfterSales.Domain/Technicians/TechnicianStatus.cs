namespace AfterSales.Domain.Technicians;

public enum TechnicianStatus
{
    Active,
    OnLeave,
    Leaving,
    Departed,
}

public enum Position
{
    Installer,
    FieldTechnician,
    TeamLead,
}

public enum PropertyKind
{
    Tool,
    Device,
    Vehicle,
    SpecialTool,
}

public enum DisciplineKind
{
    LateArrival,
    EarlyLeave,
    LeftPostWithoutApproval,
    Absence,
}
