// minimal: Exception.ToString of a generic exception type starts with the Type.ToString form
// ("GE`1[System.Int32]"), not an assembly-qualified argument list
try { throw new GE<int>("x"); }
catch (Exception e) { Console.WriteLine(e.ToString().Split('\n')[0]); }
Console.WriteLine(new GE<string>("y").ToString());
Console.WriteLine(typeof(GE<int>).ToString());
class GE<T>(string m) : Exception(m) { }
