/**
 * The ribbon button only opens the task pane (ShowTaskpane), so there are no commands to run here.
 * The function file is still required by the manifest's DesktopFormFactor.
 */
Office.onReady(() => undefined);
