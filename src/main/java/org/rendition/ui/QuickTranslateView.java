package org.rendition.ui;

import javafx.geometry.Insets;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TextArea;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;

/** Quick translate: a text box for pasted text, a button, and the translation beside it. */
final class QuickTranslateView {
    private final BorderPane root = new BorderPane();

    QuickTranslateView(QuickTranslateViewModel viewModel) {
        TextArea input = new TextArea();
        input.setId("quickInput");
        input.setWrapText(true);
        input.setPromptText(Messages.get("quick.input"));
        input.textProperty().bindBidirectional(viewModel.inputProperty());
        TextArea output = new TextArea();
        output.setId("quickOutput");
        output.setWrapText(true);
        output.setEditable(false);
        output.textProperty().bind(viewModel.outputProperty());
        Button translate = new Button(Messages.get("quick.translate"));
        translate.setId("quickTranslateButton");
        translate.setDefaultButton(false);
        translate.setOnAction(e -> viewModel.translate());
        translate.disableProperty().bind(viewModel.busyProperty());
        Button cancel = new Button(Messages.get("quick.cancel"));
        cancel.setOnAction(e -> viewModel.cancel());
        cancel.disableProperty().bind(viewModel.busyProperty().not());
        HBox actions = new HBox(8, translate, cancel);
        actions.setPadding(new Insets(6));
        root.setTop(actions);
        root.setCenter(new SplitPane(input, output));
    }

    Parent root() {
        return root;
    }
}
