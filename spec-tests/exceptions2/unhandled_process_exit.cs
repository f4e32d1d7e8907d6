// an exception thrown by a ProcessExit handler after Main returned normally
AppDomain.CurrentDomain.ProcessExit += (s, e) =>
{
    Console.WriteLine("process exit handler");
    throw new InvalidOperationException("from ProcessExit");
};
Console.WriteLine("main done");
return 3;
