// A negative return value from Main: -1 is reported as 255.
Console.WriteLine("returning -1");
return -1;
