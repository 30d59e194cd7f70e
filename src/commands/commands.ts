// Function file for the add-in's commands (required by the manifest's FunctionFile).

Office.onReady(() => undefined);
