namespace ConsultHub.Domain.Model;

/// <summary>How <c>speak</c> hands are ordered after lane precedence.</summary>
public enum QueuePolicy
{
    Fifo,
    Balanced,
    FirstTime,
}
