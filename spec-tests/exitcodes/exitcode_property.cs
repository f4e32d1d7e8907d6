// Environment.ExitCode set by a void Main through several assignments, modified inside a
// finally block, and with unchecked large/negative values reduced to 8 bits by the OS
Console.WriteLine("initial " + Environment.ExitCode);
Environment.ExitCode = 1;
try
{
    Environment.ExitCode = 300;
    Console.WriteLine("in try " + Environment.ExitCode);
    throw new Exception("handled");
}
catch (Exception e)
{
    Console.WriteLine("caught " + e.Message);
    Environment.ExitCode = -2;
}
finally
{
    Environment.ExitCode += 0x100;
    Console.WriteLine("finally " + Environment.ExitCode);
}
Console.WriteLine("final " + Environment.ExitCode);
