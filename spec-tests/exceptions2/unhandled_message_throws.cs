// an unhandled exception whose Message getter throws: what the runtime prints and the exit code
Console.WriteLine("start");
throw new Weird();
class Weird : Exception { public override string Message => throw new InvalidOperationException("message getter fails"); }
