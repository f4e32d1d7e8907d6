// an AppDomain.UnhandledException handler that itself throws: the original exception is reported
AppDomain.CurrentDomain.UnhandledException += (s, e) =>
{
    Console.WriteLine("handler sees " + ((Exception)e.ExceptionObject).Message);
    throw new FormatException("handler failure");
};
Console.WriteLine("start");
throw new TimeoutException("original");
